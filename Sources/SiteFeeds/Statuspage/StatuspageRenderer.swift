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

    /// The placeholder `generated_at` holds in a render with `.placeholders`.
    static let generatedAtPlaceholder = "statuspage.generatedAt"

    /// `buildTime`: with `.placeholders`, `generated_at` (the build time) is a placeholder
    /// that `storingen serve` fills in as it sends the file, so the API is not made again
    /// at every minute.
    static func render(_ index: FeedIndex, buildTime: BuildTimeStamps.Form = .written) -> [OutputFile] {
        let builder = StatuspageBuilder(index)
        let page = builder.page
        let status = PageStatus(index.snapshot.status)
        let unresolved = index.unresolvedIncidents.map(builder.incident)
        let upcoming = index.upcomingMaintenance.map(builder.incident)
        let active = index.activeMaintenance.map(builder.incident)
        let placeholder = buildTime == .placeholders ? BuildTimeStamps.placeholder(generatedAtPlaceholder) : nil
        let generatedAt = placeholder == nil ? generatedAt(index.snapshot) : ""
        func file(_ path: String, _ document: some Encodable) -> OutputFile {
            let text = StableJSON.string(document) + "\n"
            let stated = placeholder.map { StableJSON.replacingEmptyValue(of: "generated_at", with: $0, in: text) } ?? text
            return OutputFile(path: path, mediaType: .json, text: stated)
        }
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

    /// `generated_at`: when the site was built.
    static func generatedAt(_ snapshot: SiteSnapshot) -> String {
        RFC3339.string(from: snapshot.builtAt, in: snapshot.excusal.clock)
    }
}
