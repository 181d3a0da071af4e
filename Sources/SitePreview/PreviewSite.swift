import Foundation
import IncidentCorpus
import IncidentModel
import IncidentParsing
import OutputEncoding
import Pipeline
import SiteConfig
import SiteContent
import SitePages
import SiteWriter

/// The site `storingen serve` shows: kept in memory between rebuilds, refreshed when a
/// file under `incidents/` or `site/` changes (re-parsing only changed incidents), and
/// replaced by a page of diagnostics while the input has errors.
public actor PreviewSite {
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

    let incidentsDirectory: String
    let siteDirectory: String
    let writer: SiteWriter
    private var corpus = IncrementalCorpus()
    private var settings: ProjectSettings?
    private var siteSignature: [String: Date]?
    private var files: [String: Data] = [:]
    private var errorPage: Data?
    private var rendered = false
    /// Whether the output folder holds `files`, so a refresh only writes what changed.
    private var outputIsCurrent = false
    /// Pages of the last render; a change to the theme or settings starts anew.
    private var pages = PageCache()

    public init(incidentsDirectory: String, siteDirectory: String, outputDirectory: String) {
        self.incidentsDirectory = incidentsDirectory
        self.siteDirectory = siteDirectory
        self.writer = SiteWriter(outputDirectory: outputDirectory)
    }

    /// Rebuilds what changed since the last refresh; nil when nothing did.
    public func refresh(asOf: Date) -> Refresh? {
        let started = ContinuousClock.now
        guard var refresh = rebuild(asOf: asOf) else { return nil }
        refresh.elapsed = ContinuousClock.now - started
        return refresh
    }

    private func rebuild(asOf: Date) -> Refresh? {
        let signature = Self.signature(of: siteDirectory)
        var changed = false
        let location = ProjectLoader.Location(incidentsDirectory: incidentsDirectory, siteDirectory: siteDirectory)
        if signature != siteSignature || settings == nil {
            siteSignature = signature
            let settings = ProjectLoader.settings(location, purpose: .publish)
            self.settings = settings
            corpus.setContext(ProjectLoader.context(settings))
            pages = PageCache()
            changed = true
        }
        changed = corpus.refresh(directory: incidentsDirectory) || changed
        guard changed || !rendered, let settings else { return nil }
        rendered = true
        let project = ProjectLoader.assemble(settings: settings, corpus: corpus.corpus, asOf: asOf)
        let reparsed = corpus.reparsed
        guard !project.hasErrors else {
            errorPage = ErrorPage.html(project.diagnostics.filter { $0.severity == .error })
            return Refresh(reparsed: reparsed, changedFiles: [], errors: project.diagnostics.filter { $0.severity == .error }.count)
        }
        let previous = files
        let outputFiles = project.renderSite(asOf: asOf, cache: pages).files()
        files = Dictionary(uniqueKeysWithValues: outputFiles.map { ($0.path, $0.contents) })
        errorPage = nil
        let changedFiles = outputFiles.filter { previous[$0.path] != $0.contents }
        writeOutput(outputFiles, changed: changedFiles, removed: previous.keys.filter { files[$0] == nil })
        return Refresh(reparsed: reparsed, changedFiles: changedFiles.map(\.path), errors: 0)
    }

    /// Keeps the output folder a copy of the served site: after a first full write only the
    /// changed files are written, since comparing 20,000 files on disk took seconds.
    private func writeOutput(_ outputFiles: [OutputFile], changed: [OutputFile], removed: [String]) {
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

    /// The response for a request path such as `/`, `/incidents/x/` or `/feed.atom`.
    public func response(for requestPath: String) -> (status: Int, contentType: String, body: Data) {
        if let errorPage { return (500, "text/html; charset=utf-8", errorPage) }
        var path = (requestPath.removingPercentEncoding ?? requestPath).split(separator: "?").first.map(String.init) ?? ""
        // Pages link from the base URL's path (`/status/…` for a project site): serve there.
        let basePath = settings.map { $0.configuration.basePath.removingPercentEncoding ?? "/" } ?? "/"
        if basePath.count > 1, path.hasPrefix(basePath) { path.removeFirst(basePath.count) }
        while path.hasPrefix("/") { path.removeFirst() }
        if path.isEmpty || path.hasSuffix("/") { path += "index.html" }
        if let body = files[path] { return (200, Self.contentType(of: path), body) }
        if let body = files[path + "/index.html"] { return (200, "text/html; charset=utf-8", body) }
        return (404, "text/html; charset=utf-8", files[SiteRoutes.notFound] ?? Data("Not found".utf8))
    }

    static func contentType(of path: String) -> String {
        switch (path as NSString).pathExtension {
        case "html": "text/html; charset=utf-8"
        case "css": "text/css; charset=utf-8"
        case "json": "application/json"
        case "atom": "application/atom+xml"
        case "rss": "application/rss+xml"
        case "xml": "application/xml"
        case "ics": "text/calendar; charset=utf-8"
        case "txt": "text/plain; charset=utf-8"
        default: "application/octet-stream"
        }
    }

    /// Modification times of `site.yml` and every theme file: a change reloads the settings.
    private static func signature(of siteDirectory: String) -> [String: Date] {
        var signature: [String: Date] = [:]
        let manager = FileManager.default
        let candidates = ["site.yml"] + ((manager.subpaths(atPath: siteDirectory + "/theme") ?? []).map { "theme/" + $0 })
        for relative in candidates {
            if let date = (try? manager.attributesOfItem(atPath: siteDirectory + "/" + relative))?[.modificationDate] as? Date {
                signature[relative] = date
            }
        }
        return signature
    }
}
