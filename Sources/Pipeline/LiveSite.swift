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
/// renders again, so `serve` at now moves the site on as each minute starts.
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

    public init(location: ProjectLoader.Location, outputDirectory: String) {
        self.location = location
        writer = SiteWriter(outputDirectory: outputDirectory)
    }

    /// The path of `baseURL` (`/status/`), where the site is served.
    public var basePath: String { settings?.configuration.basePath ?? "/" }

    /// A served file's bytes and media type, read from the output folder with the build
    /// time filled in; nil for a path the site does not have.
    public func file(at path: String) -> (contents: Data, mediaType: MediaType)? {
        guard outputIsCurrent, let mediaType = mediaTypes[path],
              let contents = FileManager.default.contents(atPath: writer.outputDirectory + "/" + path) else { return nil }
        return (mediaType == .html || mediaType == .json ? stamps.fill(contents) : contents, mediaType)
    }

    /// Reads `site.yml` and the theme again (they changed): everything renders anew.
    public mutating func reloadSettings() {
        let settings = ProjectLoader.settings(location, purpose: .publish)
        self.settings = settings
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
        renderedMoment = moment
        let project = ProjectLoader.assemble(settings: settings, corpus: corpus.corpus, at: moment)
        nextWrittenAhead = project.corpus.incidents.lazy.flatMap(\.updates).map(\.instant)
            .filter { $0 > moment.instant }.min()
        let reparsed = corpus.reparsed
        guard !project.hasErrors else {
            errors = project.diagnostics.filter { $0.severity == .error }
            return Refresh(reparsed: reparsed, changedFiles: [], errors: errors.count, elapsed: ContinuousClock.now - started)
        }
        let snapshot = project.snapshot(previous: snapshot)
        self.snapshot = snapshot
        let changedFiles: [String]
        do {
            changedFiles = try write(project, snapshot)
            errors = []
        } catch {
            errors = [.error(at: SourceLocation(path: writer.outputDirectory, line: 1, column: 1), "\(error)")]
            changedFiles = []
        }
        return Refresh(reparsed: reparsed, changedFiles: changedFiles, errors: errors.count, elapsed: ContinuousClock.now - started,
                       followedTheClock: followedTheClock)
    }

    /// Renders the snapshot and brings the output folder up to date with it; answers the
    /// paths whose bytes changed. After a first full write only the files made again
    /// whose digest differs are written, since comparing 20,000 files on disk took seconds.
    private mutating func write(_ project: Project, _ snapshot: SiteSnapshot) throws -> [String] {
        if outputIsCurrent {
            cache.startRender()
            // Each changed file is written to its temporary name as soon as it is made, so a
            // new minute (a new build time on every page) never holds the whole site in memory.
            let update = InPlaceUpdate(writer)
            let plan = project.renderSite(snapshot, cache: cache, buildTime: .placeholders)
            let cache = self.cache
            plan.forEachPosition { position in
                let file = plan.file(at: position)
                if !file.isReused, cache.hasChanged(file.path) { update.stage(file) }
            }
            let (manifest, changedPaths, removed) = cache.finishRender()
            do {
                try update.commit(removed: removed)
                mediaTypes = manifest
                stamps = Project.buildTimeStamps(snapshot)
                return changedPaths
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
}
