import OutputEncoding
import SiteContent

/// The machine-readable side of the site (docs/site-and-theme.md, Building the site),
/// rendered from one `SiteSnapshot`:
///
/// | path (default language at the root, others under `en/`) | format |
/// |---|---|
/// | `feed.atom` | Atom 1.0, an entry per incident (the 50 most recently updated) |
/// | `feed.rss` | RSS 2.0, the same entries |
/// | `services/<key>/feed.atom`, `services/<key>/feed.rss` | the same, only the incidents that list the service |
/// | `norms/<key>/feed.atom`, `norms/<key>/feed.rss` | an entry per excused window of the norm (the 50 latest) |
/// | `maintenance.ics` | iCalendar (RFC 5545), an event per run of every maintenance |
/// | `api/v2/summary.json`, `status.json`, `components.json`, `incidents.json`, `incidents/unresolved.json`, `scheduled-maintenances.json`, `scheduled-maintenances/upcoming.json`, `scheduled-maintenances/active.json` | the Statuspage public API v2 layout, default language only |
/// | `robots.txt` | allow all, and the sitemap's URL (`SitePages` writes the sitemap of its pages) |
///
/// Every date written comes from the incidents, never from the clock: a feed's and the
/// API page's `updated` is the latest change of any incident (the snapshot's reference
/// time only when there is none), and a calendar event's stamp its incident's last
/// change, so the same input gives the same bytes.
public enum SiteFeeds {
    /// Feeds of the site and of each service and the maintenance calendar per language,
    /// the Statuspage API and robots.txt.
    public static func render(_ snapshot: SiteSnapshot) -> [OutputFile] {
        plan(snapshot).files(concurrently: false)
    }

    /// The same files as work to do, each part made when the write stage asks for it (on
    /// any core); with a `cache` (`storingen serve`), a part is made again only when the
    /// incidents and dates it shows changed. `buildTime`: whether the API states the build
    /// time or a placeholder for it (`buildTimeStamps(_:)`).
    public static func plan(
        _ snapshot: SiteSnapshot, cache: OutputCache? = nil, buildTime: BuildTimeStamps.Form = .written
    ) -> OutputPlan {
        let index = FeedIndex(snapshot)
        func part<Inputs: Equatable & Sendable>(
            _ key: String, count: Int, inputs: @escaping @Sendable () -> Inputs, make: @escaping @Sendable () -> [OutputFile]
        ) -> OutputPlan {
            .group(count: count) { cache?.files(key, inputs: inputs(), make: make) ?? make() }
        }
        var parts: [OutputPlan] = []
        for routes in snapshot.routes {
            parts.append(part(routes.atomFeed, count: 2, inputs: { FeedInputs(index, entries: index.feedEntries) }) {
                feedFiles(FeedChannel.site(index, routes: routes))
            })
            for slot in snapshot.configuration.catalogue.services.indices {
                parts.append(part(routes.serviceAtomFeed(snapshot.configuration.catalogue.services[slot].key), count: 2,
                                  inputs: { FeedInputs(index, entries: index.serviceFeedEntries[slot]) }) {
                    feedFiles(FeedChannel.service(at: slot, index, routes: routes))
                })
            }
            parts.append(part(routes.maintenanceCalendar, count: 1, inputs: { MaintenanceInputs(index) }) {
                [OutputFile(path: routes.maintenanceCalendar, mediaType: .calendar, text: MaintenanceCalendarRenderer.render(index, routes: routes))]
            })
        }
        // A norm's feeds in every language show the same windows: their inputs, which name
        // every incident of a window left open for years, are gathered once.
        for slot in snapshot.excusal.norms.indices {
            let key = snapshot.routes.first?.normAtomFeed(snapshot.excusal.norms[slot].norm.key) ?? ""
            parts.append(part(key, count: 2 * snapshot.routes.count, inputs: { NormFeedInputs(index, slot: slot) }) {
                snapshot.routes.flatMap { routes in feedFiles(FeedChannel.norm(at: slot, index, routes: routes)) }
            })
        }
        parts.append(part("api/v2", count: StatuspageRenderer.fileCount, inputs: { StatuspageInputs(index, buildTime: buildTime) }) {
            StatuspageRenderer.render(index, buildTime: buildTime)
        })
        parts.append(part("robots.txt", count: 1, inputs: { snapshot.absoluteURL("sitemap.xml") }) {
            [RobotsRenderer.render(snapshot)]
        })
        return OutputPlan(joining: parts)
    }

    /// What replaces the placeholders of a plan with `.placeholders`.
    public static func buildTimeStamps(_ snapshot: SiteSnapshot) -> BuildTimeStamps {
        BuildTimeStamps([StatuspageRenderer.generatedAtPlaceholder: StatuspageRenderer.generatedAt(snapshot)])
    }

    /// A channel's Atom and RSS files, at the paths its own URLs name.
    private static func feedFiles(_ channel: FeedChannel) -> [OutputFile] {
        [
            OutputFile(path: channel.atomPath, mediaType: .atom, contents: AtomFeedRenderer.render(channel)),
            OutputFile(path: channel.rssPath, mediaType: .rss, contents: RSSFeedRenderer.render(channel)),
        ]
    }
}
