import Foundation
import IncidentModel
import OutputEncoding
import SiteContent

/// The eight files of the Statuspage public API v2 under `api/v2/`, in the default
/// language. Each lists only what it contains (unresolved, upcoming, running, the 50
/// most recent), chosen beforehand by `FeedIndex`.
enum StatuspageRenderer {
    /// How many files `render` writes.
    static let fileCount = 8

    static func render(_ index: FeedIndex) -> [OutputFile] {
        let builder = StatuspageBuilder(index)
        let page = builder.page
        let status = PageStatus(index.snapshot.status)
        let unresolved = index.unresolvedIncidents.map(builder.incident)
        let upcoming = index.upcomingMaintenance.map(builder.incident)
        let active = index.activeMaintenance.map(builder.incident)
        let generatedAt = RFC3339.string(from: index.snapshot.builtAt, in: index.snapshot.excusal.clock)
        return [
            file(SiteRoutes.statuspageSummary, Statuspage.SummaryDocument(
                page: page, status: status, components: builder.components,
                incidents: unresolved, scheduledMaintenances: active + upcoming, generatedAt: generatedAt)),
            file("api/v2/status.json", Statuspage.StatusDocument(page: page, status: status, generatedAt: generatedAt)),
            file("api/v2/components.json", Statuspage.ComponentsDocument(page: page, components: builder.components)),
            file("api/v2/incidents.json", Statuspage.IncidentsDocument(
                page: page, incidents: index.recentIncidents.map(builder.incident))),
            file("api/v2/incidents/unresolved.json", Statuspage.IncidentsDocument(page: page, incidents: unresolved)),
            file("api/v2/scheduled-maintenances.json", Statuspage.ScheduledMaintenancesDocument(
                page: page, scheduledMaintenances: index.recentMaintenance.map(builder.incident))),
            file("api/v2/scheduled-maintenances/upcoming.json", Statuspage.ScheduledMaintenancesDocument(
                page: page, scheduledMaintenances: upcoming)),
            file("api/v2/scheduled-maintenances/active.json", Statuspage.ScheduledMaintenancesDocument(
                page: page, scheduledMaintenances: active)),
        ]
    }

    /// The document as stable JSON, ending with a newline.
    private static func file(_ path: String, _ document: some Encodable) -> OutputFile {
        OutputFile(path: path, mediaType: .json, text: StableJSON.string(document) + "\n")
    }
}
