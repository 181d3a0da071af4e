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
/// are not made again (`OutputCache`), and only the files that differ are written.
public struct LiveSite: Sendable {
    /// What a refresh did, for the console and for tests.
    public struct Refresh: Sendable, Equatable {
        /// Incident files parsed again.
        public var reparsed: [String]
        /// Output files whose bytes changed (new ones included).
        public var changedFiles: [String]
        public var errors: Int
        /// From noticing the change to the new site being ready.
        public var elapsed: Duration = .zero
    }

    public let location: ProjectLoader.Location
    private let writer: SiteWriter
    private var corpus = IncrementalCorpus()
    private var settings: ProjectSettings?
    private var snapshot: SiteSnapshot?
    /// The first update dated after the moment of the last render: once the moment
    /// passes it, the site changes although no file did (an update written ahead).
    private var nextWrittenAhead: Date?
    /// Files of the last render; a change to the theme or settings starts anew.
    private var cache = OutputCache()
    private var rendered = false
    /// Whether the output folder holds `files`, so a refresh only writes what changed.
    private var outputIsCurrent = false
    /// The site as served, by path.
    public private(set) var files: [String: Data] = [:]
    /// The media type of each served file, as its renderer named it.
    public private(set) var mediaTypes: [String: MediaType] = [:]
    /// The errors that keep the site from being rebuilt; empty while it is current.
    public private(set) var errors: [Diagnostic] = []

    public init(location: ProjectLoader.Location, outputDirectory: String) {
        self.location = location
        writer = SiteWriter(outputDirectory: outputDirectory)
    }

    /// The path of `baseURL` (`/status/`), where the site is served.
    public var basePath: String { settings?.configuration.basePath ?? "/" }

    /// Reads `site.yml` and the theme again (they changed): everything renders anew.
    public mutating func reloadSettings() {
        let settings = ProjectLoader.settings(location, purpose: .publish)
        self.settings = settings
        corpus.setContext(ProjectLoader.context(settings))
        snapshot = nil
        cache = OutputCache()
        rendered = false
    }

    /// Rebuilds the site at `moment` if a file changed or an update written ahead came due
    /// since the last refresh; nil when nothing did.
    public mutating func refresh(at moment: Moment) -> Refresh? {
        let started = ContinuousClock.now
        if settings == nil { reloadSettings() }
        let changed = corpus.refresh(directory: location.incidentsDirectory)
        let due = nextWrittenAhead.map { $0 <= moment.instant } ?? false
        guard changed || due || !rendered, let settings else { return nil }
        rendered = true
        let project = ProjectLoader.assemble(settings: settings, corpus: corpus.corpus, at: moment)
        nextWrittenAhead = project.corpus.incidents.lazy.flatMap(\.updates).map(\.instant)
            .filter { $0 > moment.instant }.min()
        let reparsed = corpus.reparsed
        guard !project.hasErrors else {
            errors = project.diagnostics.filter { $0.severity == .error }
            return Refresh(reparsed: reparsed, changedFiles: [], errors: errors.count, elapsed: ContinuousClock.now - started)
        }
        errors = []
        let snapshot = project.snapshot(previous: snapshot)
        self.snapshot = snapshot
        let previous = files
        let outputFiles = project.renderSite(snapshot, cache: cache).files()
        files = Dictionary(uniqueKeysWithValues: outputFiles.map { ($0.path, $0.contents) })
        mediaTypes = Dictionary(uniqueKeysWithValues: outputFiles.map { ($0.path, $0.mediaType) })
        // Only a file made again can differ from the one served before.
        let made = Set(cache.takeMadePaths())
        let changedFiles = outputFiles.filter { made.contains($0.path) && previous[$0.path] != $0.contents }
        writeOutput(outputFiles, changed: changedFiles, removed: previous.keys.filter { files[$0] == nil })
        return Refresh(reparsed: reparsed, changedFiles: changedFiles.map(\.path), errors: 0, elapsed: ContinuousClock.now - started)
    }

    /// Keeps the output folder a copy of the served site: after a first full write only the
    /// changed files are written, since comparing 20,000 files on disk took seconds.
    private mutating func writeOutput(_ outputFiles: [OutputFile], changed: [OutputFile], removed: [String]) {
        if outputIsCurrent {
            do {
                try writer.update(changed: changed, removed: removed)
                return
            } catch {
                outputIsCurrent = false
            }
        }
        outputIsCurrent = (try? writer.write(OutputPlan(outputFiles))) != nil
    }
}
