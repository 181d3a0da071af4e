import Foundation
import IncidentCorpus
import IncidentModel
import OutputEncoding
import SiteContent
import SitePages
import SiteWriter

/// The same pipeline as `SiteBuild`, kept in memory between rebuilds for `storingen
/// serve`: only changed incident files are parsed again, incidents that did not change
/// keep their facts (Markdown HTML, excused windows), files whose inputs did not change
/// are not made again (`OutputCache`), and only the files that differ are written. The
/// output folder is the served site: memory holds each file's digest, not its bytes, so
/// a preview of 10,000 incidents does not keep 280 MB of pages besides its model. Pages
/// and period files there hold placeholders for the build time, filled in as they are
/// read (`BuildTimeStamps`): a new minute writes only the files the moment changed, and
/// a save only those it changed. A refresh at a moment other than the last render's
/// renders again, so `serve` at now moves the site on as each minute starts; the next
/// minute's files can be made ahead (`prepare(at:)`), so that the minute's start costs a
/// rename per changed file, and a save as it starts pays only for its own change.
public struct LiveSite: Sendable {
    /// What a refresh did, for the console and for tests.
    public struct Refresh: Sendable, Equatable {
        /// Incident files parsed again.
        public var reparsed: [String]
        /// Output files whose bytes changed (new ones included), the build time aside:
        /// the files written.
        public var changedFiles: [String]
        public var errors: Int
        /// From noticing the change to the new site being ready.
        public var elapsed: Duration = .zero
        /// No file changed and no update came due: the site moved to a new moment (at
        /// "now", each minute as it starts), so that a save then pays only for its own change.
        public var followedTheClock = false
        /// The files of the new moment were made ahead (`prepare(at:)`) and only put in place.
        public var madeAhead = false
    }

    /// The files of a render, written under temporary names and not yet in place.
    private struct StagedRender {
        var update: InPlaceUpdate
        var manifest: OutputCache.Manifest
        var changedPaths: [String]
        var removed: [String]
        var stamps: BuildTimeStamps
    }

    /// A render at a moment still to come, made while the preview had nothing to do.
    private struct Prepared {
        var moment: Moment
        var snapshot: SiteSnapshot
        var nextWrittenAhead: Date?
        var staged: StagedRender
    }

    public let location: ProjectLoader.Location
    private let writer: SiteWriter
    private var corpus = IncrementalCorpus()
    private var settings: ProjectSettings?
    private var snapshot: SiteSnapshot?
    /// The first update dated after the moment of the last render: once the moment
    /// passes it, the site changes although no file did (an update written ahead).
    private var nextWrittenAhead: Date?
    /// The moment of the last render (nil: none since the settings were read); a refresh
    /// at another moment renders again.
    private var renderedMoment: Moment?
    /// Inputs and digests of the files of the last render; a change to the theme or
    /// settings starts anew.
    private var cache = OutputCache()
    /// Whether the output folder holds the last render, so a refresh only writes what changed.
    private var outputIsCurrent = false
    /// The media type of each served file, by path, as its renderer named it.
    public private(set) var mediaTypes: OutputCache.Manifest = [:]
    /// The errors that keep the site from being rebuilt or written; empty while it is current.
    public private(set) var errors: [Diagnostic] = []
    /// The build time of the last render, for the placeholders of the pages it wrote.
    private var stamps = BuildTimeStamps()
    /// The render of `prepare(at:)`, published by the refresh at its moment and undone
    /// by any other render.
    private var prepared: Prepared?

    public init(location: ProjectLoader.Location, outputDirectory: String) {
        self.location = location
        writer = SiteWriter(outputDirectory: outputDirectory)
    }

    /// The site as a request sees it after the last refresh: the render in the output
    /// folder, or none while the folder does not hold one.
    public var served: ServedSite {
        ServedSite(outputDirectory: writer.outputDirectory, basePath: settings?.configuration.basePath ?? "/",
                   mediaTypes: outputIsCurrent ? mediaTypes : [:], errors: errors, stamps: stamps)
    }

    /// A served file's bytes and media type (`ServedSite.file(at:)`).
    public func file(at path: String) -> (contents: Data, mediaType: MediaType)? {
        served.file(at: path)
    }

    /// Reads `site.yml` and the theme again (they changed): everything renders anew.
    public mutating func reloadSettings() {
        abandonPrepared()
        let settings = ProjectLoader.settings(location, purpose: .publish)
        self.settings = settings
        // Texts are rendered as HTML by the site model, not by the parser (as a build's
        // are): a preview keeps every parsed incident between rebuilds, and its memory has
        // less room to spare (≤ 250 MB at 10,000 incidents) than its first build's time.
        corpus.setContext(ProjectLoader.context(settings))
        snapshot = nil
        // Everything is made again; the digests tell which files the new settings changed.
        cache = outputIsCurrent ? OutputCache(digestsOf: cache) : OutputCache()
        outputIsCurrent = false
        renderedMoment = nil
    }

    /// Rebuilds the site at `moment` if a file changed, an update written ahead came due, or
    /// the moment is not the last render's; nil when none of these. `changedFiles`: the
    /// only files that can have changed (a folder watcher heard them); nil compares every
    /// file. While the site has errors, only a change of files renders again.
    public mutating func refresh(at moment: Moment, changedFiles: Set<String>? = nil) -> Refresh? {
        let started = ContinuousClock.now
        if settings == nil { reloadSettings() }
        let changed = corpus.refresh(directory: location.incidentsDirectory, changedFiles: changedFiles)
        let due = nextWrittenAhead.map { $0 <= moment.instant } ?? false
        let moved = renderedMoment.map { $0 != moment && errors.isEmpty } ?? true
        guard changed || due || moved, let settings else { return nil }
        let followedTheClock = renderedMoment != nil && !changed && !due
        // The moment's files made ahead go in place first; a save then renders over them.
        // Files made for another moment (a save came before it) are thrown away.
        let madeAhead = publishPrepared(at: moment)
        abandonPrepared()
        var refresh = Refresh(reparsed: [], changedFiles: madeAhead ?? [], errors: 0,
                              followedTheClock: followedTheClock, madeAhead: madeAhead != nil)
        if madeAhead == nil || changed {
            let written = render(settings, at: moment)
            refresh.reparsed = corpus.reparsed
            refresh.changedFiles = madeAhead.map { Array(Set(written).union($0)).sorted() } ?? written
            refresh.errors = errors.count
        }
        refresh.elapsed = ContinuousClock.now - started
        return refresh
    }

    /// Renders the site at `moment` from the corpus as it stands and brings the output
    /// folder up to date; answers the paths written. While the project has errors the
    /// folder stays as it was, and `errors` says why.
    private mutating func render(_ settings: ProjectSettings, at moment: Moment) -> [String] {
        renderedMoment = moment
        let project = ProjectLoader.assemble(settings: settings, corpus: corpus.corpus, at: moment)
        nextWrittenAhead = Self.firstWrittenAhead(project)
        guard !project.hasErrors else {
            errors = project.diagnostics.filter { $0.severity == .error }
            return []
        }
        let snapshot = project.snapshot(previous: snapshot)
        self.snapshot = snapshot
        do {
            let written = try write(project, snapshot)
            errors = []
            return written
        } catch {
            errors = [.error(at: SourceLocation(path: writer.outputDirectory, line: 1, column: 1), "\(error)")]
            return []
        }
    }

    /// Makes the site's files at `moment`, a moment still to come with the files as they
    /// are, and leaves them under temporary names: the refresh at `moment` puts them in
    /// place, and any other render first removes them. `serve` at now calls it shortly
    /// before each minute starts. Answers whether it rendered: not while the site has
    /// errors, is not written yet, or has been made for `moment` already.
    public mutating func prepare(at moment: Moment) -> Bool {
        guard prepared == nil, outputIsCurrent, errors.isEmpty, let settings, let snapshot,
              let renderedMoment, moment > renderedMoment else { return false }
        let project = ProjectLoader.assemble(settings: settings, corpus: corpus.corpus, at: moment)
        guard !project.hasErrors else { return false }
        let next = project.snapshot(previous: snapshot)
        cache.startRender(provisional: true)
        prepared = Prepared(moment: moment, snapshot: next, nextWrittenAhead: Self.firstWrittenAhead(project),
                            staged: stage(project, next))
        return true
    }

    /// Puts the prepared render in place when it was made for `moment`, and answers the
    /// paths it changed; nil when none was made for `moment` or it could not be put in place.
    private mutating func publishPrepared(at moment: Moment) -> [String]? {
        guard let prepared, prepared.moment == moment else { return nil }
        self.prepared = nil
        do {
            try publish(prepared.staged)
            cache.keepRender()
        } catch {
            // The next write starts anew, from a cache that knows nothing of the folder.
            cache = OutputCache()
            outputIsCurrent = false
            return nil
        }
        snapshot = prepared.snapshot
        renderedMoment = moment
        nextWrittenAhead = prepared.nextWrittenAhead
        return prepared.staged.changedPaths
    }

    /// Removes the prepared render's files and its traces in the cache.
    private mutating func abandonPrepared() {
        guard let prepared else { return }
        self.prepared = nil
        prepared.staged.update.abandon()
        cache.rollBackRender()
    }

    /// The first update dated after the project's moment.
    private static func firstWrittenAhead(_ project: Project) -> Date? {
        project.corpus.incidents.lazy.flatMap(\.updates).map(\.instant).filter { $0 > project.moment.instant }.min()
    }

    /// Renders the snapshot and brings the output folder up to date with it; answers the
    /// paths whose bytes changed. After a first full write only the files made again
    /// whose digest differs are written, since comparing 20,000 files on disk took seconds.
    private mutating func write(_ project: Project, _ snapshot: SiteSnapshot) throws -> [String] {
        if outputIsCurrent {
            cache.startRender()
            let staged = stage(project, snapshot)
            do {
                try publish(staged)
                return staged.changedPaths
            } catch {
                // Written anew below, from a cache that knows nothing of the folder.
                self.cache = OutputCache()
                outputIsCurrent = false
            }
        }
        // A full write makes every file: a cache with inputs would hand back files without
        // bytes. Digests stay when they describe the folder (after new settings).
        cache = OutputCache(digestsOf: cache)
        cache.startRender()
        do {
            _ = try writer.write(project.renderSite(snapshot, cache: cache, buildTime: .placeholders))
        } catch {
            cache = OutputCache()
            throw error
        }
        let (manifest, changedPaths, _) = cache.finishRender()
        mediaTypes = manifest
        stamps = Project.buildTimeStamps(snapshot)
        outputIsCurrent = true
        return changedPaths
    }

    /// Renders the snapshot with the cache (its render started) and writes each changed
    /// file under its temporary name as soon as it is made, so a new minute (a new build
    /// time on every page) never holds the whole site in memory.
    private func stage(_ project: Project, _ snapshot: SiteSnapshot) -> StagedRender {
        let update = InPlaceUpdate(writer)
        let plan = project.renderSite(snapshot, cache: cache, buildTime: .placeholders)
        let cache = self.cache
        plan.forEachPosition { position in
            let file = plan.file(at: position)
            if !file.isReused, cache.hasChanged(file.path) { update.stage(file) }
        }
        let (manifest, changedPaths, removed) = cache.finishRender()
        return StagedRender(update: update, manifest: manifest, changedPaths: changedPaths, removed: removed,
                            stamps: Project.buildTimeStamps(snapshot))
    }

    /// Puts a staged render's files in place: from then on the output folder is that render's.
    private mutating func publish(_ staged: StagedRender) throws {
        try staged.update.commit(removed: staged.removed)
        mediaTypes = staged.manifest
        stamps = staged.stamps
    }
}
