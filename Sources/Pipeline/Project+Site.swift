import ExcusalFormats
import Foundation
import IncidentModel
import ServiceNorms
import SiteContent
import SiteFeeds
import SitePages

extension Project {
    /// The render stage: every file of the site as a plan (pages are rendered when the
    /// write stage asks for them), plus any template diagnostics. Nothing touches the disk here.
    /// `incidentPages`: incident pages of an earlier render with the same theme and settings.
    public func renderSite(
        asOf: Date, themeDirectory: URL?, incidentPages: IncidentPageCache? = nil
    ) -> (plan: OutputPlan, diagnostics: [Diagnostic]) {
        let snapshot = SiteSnapshot(configuration: configuration, incidents: incidents, asOf: asOf)
        let pages = SitePages.plan(snapshot, themeDirectory: themeDirectory, incidentPages: incidentPages)
        // Feeds and the excusal files are few but large: made now, side by side.
        let data = ConcurrentMap.map(2, concurrently: true) { part in
            part == 0 ? SiteFeeds.render(snapshot) : Self.excusalFiles(snapshot.excusal)
        }
        return (pages.plan + OutputPlan(data.flatMap { $0 }), pages.diagnostics)
    }

    /// `api/excused.json` and one `excused/<norm>.ics` per norm of the catalogue.
    static func excusalFiles(_ report: ExcusalReport) -> [OutputFile] {
        var files = [OutputFile(path: SiteRoutes.excusedJSON, text: ExcusalJSONRenderer.render(report))]
        for excusal in report.norms {
            files.append(OutputFile(
                path: SiteRoutes.calendar(excusal.norm.key),
                text: ExcusalICalendarRenderer.calendar(for: excusal, asOf: report.asOf, clock: report.clock)))
        }
        return files
    }
}
