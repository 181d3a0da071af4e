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
    /// `cache`: pages of an earlier render with the same theme and settings (`storingen serve`).
    public func renderSite(
        asOf: Date, themeDirectory: URL?, cache: PageCache? = nil
    ) -> (plan: OutputPlan, diagnostics: [Diagnostic]) {
        let snapshot = SiteSnapshot(configuration: configuration, incidents: incidents, asOf: asOf)
        let pages = SitePages.plan(snapshot, themeDirectory: themeDirectory, cache: cache)
        // Feeds and the excusal files are few but large: made now, side by side.
        let report = snapshot.excusal
        let data = ConcurrentMap.map(2 + report.norms.count, concurrently: true) { part in
            switch part {
            case 0: SiteFeeds.render(snapshot)
            case 1: [OutputFile(path: SiteRoutes.excusedJSON, text: ExcusalJSONRenderer.render(report))]
            default: [Self.calendarFile(report.norms[part - 2], in: report)] + Self.periodFiles(report.norms[part - 2], in: snapshot)
            }
        }
        return (pages.plan + OutputPlan(data.flatMap { $0 }), pages.diagnostics)
    }

    /// `excused/<norm>.ics`: one norm's excused windows as a calendar.
    static func calendarFile(_ excusal: NormExcusal, in report: ExcusalReport) -> OutputFile {
        OutputFile(
            path: SiteRoutes.calendar(excusal.norm.key),
            text: ExcusalICalendarRenderer.calendar(for: excusal, asOf: report.asOf, clock: report.clock))
    }
}
