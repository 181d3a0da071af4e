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

/// The site `storingen serve` shows: the pipeline's `LiveSite`, refreshed when a file
/// under `incidents/` or `site/` changes, and replaced by a page of diagnostics while the
/// input has errors. Requests are answered from the site last put in place
/// (`ServedSite`), outside the actor, so that a reader never waits for a render: a new
/// minute made ahead, a save, or new settings that make every page again.
public actor PreviewSite {
    public typealias Refresh = LiveSite.Refresh

    /// The folders the site is made from.
    public nonisolated let location: ProjectLoader.Location
    private var live: LiveSite
    private var siteSignature: [String: Date]?
    /// What requests read; replaced after each refresh, once its files are in place.
    private nonisolated let served: ServedSiteBox
    private nonisolated let renderer = RenderExecutor()

    /// Renders take seconds of work that does not wait (every page, at new settings) and
    /// spread over every core; on the shared threads of Swift's tasks they would hold up
    /// the tasks that answer connections, so the actor runs on a queue of its own.
    public nonisolated var unownedExecutor: UnownedSerialExecutor {
        renderer.asUnownedSerialExecutor()
    }

    public init(incidentsDirectory: String, siteDirectory: String, outputDirectory: String) {
        location = ProjectLoader.Location(incidentsDirectory: incidentsDirectory, siteDirectory: siteDirectory)
        live = LiveSite(location: location, outputDirectory: outputDirectory)
        served = ServedSiteBox(live.served)
    }

    /// Rebuilds the site at `moment` if anything changed since the last refresh; nil when
    /// nothing did. `changedFiles`: the only files that can have changed, when a watcher
    /// knows (nil compares every file).
    public func refresh(at moment: Moment, changedFiles: Set<String>? = nil) -> Refresh? {
        let signature = Self.signature(of: live.location.siteDirectory)
        if signature != siteSignature {
            siteSignature = signature
            live.reloadSettings()
            // The old model is gone: its memory goes back now, not after the new one is
            // built. Left to the allocator, it took the peak of new settings at 10,000
            // incidents to 239–264 MB in 4 runs of 13; returned first, 224–235 MB in 13.
            FreedMemory.returnToSystem()
        }
        let refresh = live.refresh(at: moment, changedFiles: changedFiles)
        served.site = live.served
        return refresh
    }

    /// Makes the site's files at `moment`, a moment still to come, ahead of it; the
    /// refresh at `moment` puts them in place (`LiveSite.prepare(at:)`).
    @discardableResult
    public func prepare(at moment: Moment) -> Bool {
        live.prepare(at: moment)
    }

    /// The response for a request path such as `/`, `/incidents/x/` or `/feed.atom`.
    public nonisolated func response(for requestPath: String) -> (status: Int, contentType: String, body: Data) {
        let site = served.site
        let html = MediaType.html.value
        if !site.errors.isEmpty { return (500, html, ErrorPage.html(site.errors)) }
        var path = (requestPath.removingPercentEncoding ?? requestPath).split(separator: "?").first.map(String.init) ?? ""
        // Pages link from the base URL's path (`/status/…` for a project site): serve there.
        let basePath = site.basePath.removingPercentEncoding ?? "/"
        if basePath.count > 1, path.hasPrefix(basePath) { path.removeFirst(basePath.count) }
        while path.hasPrefix("/") { path.removeFirst() }
        if path.isEmpty || path.hasSuffix("/") { path += "index.html" }
        for candidate in [path, path + "/index.html"] {
            if let (body, type) = site.file(at: candidate) { return (200, type.value, body) }
        }
        return (404, html, site.file(at: SiteRoutes.notFound)?.contents ?? Data("Not found".utf8))
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

/// The `ServedSite` that requests read while the actor renders the next one.
private final class ServedSiteBox: @unchecked Sendable {
    private let lock = NSLock()
    private var value: ServedSite

    init(_ site: ServedSite) {
        value = site
    }

    var site: ServedSite {
        get { lock.withLock { value } }
        set { lock.withLock { value = newValue } }
    }
}

/// Runs `PreviewSite`'s work, one job at a time, on a dispatch queue of its own rather than
/// on the threads Swift shares among all tasks (one per core).
private final class RenderExecutor: SerialExecutor {
    private let queue = DispatchQueue(label: "storingen.preview.render")

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        let executor = asUnownedSerialExecutor()
        queue.async { job.runSynchronously(on: executor) }
    }
}
