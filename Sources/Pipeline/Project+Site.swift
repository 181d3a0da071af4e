import ExcusalFormats
import Foundation
import IncidentModel
import OutputEncoding
import ServiceNorms
import SiteContent
import SiteFeeds
import SitePages

extension Project {
    /// The render stage: every file of the site as a plan (pages are rendered when the
    /// write stage asks for them). Nothing touches the disk here.
    public func renderSite(asOf: Date) -> OutputPlan {
        renderSite(snapshot(asOf: asOf), cache: nil)
    }

    /// The excusal stage: the site model at `asOf`; `previous` (an earlier build of
    /// `storingen serve`) lends the facts of incidents that did not change.
    public func snapshot(asOf: Date, previous: SiteSnapshot? = nil) -> SiteSnapshot {
        SiteSnapshot(configuration: configuration, incidents: incidents, asOf: asOf, previous: previous)
    }

    /// The render stage of a snapshot; `cache`: pages of an earlier render with the same
    /// theme and settings, reused where what they show did not change (`storingen serve`).
    public func renderSite(_ snapshot: SiteSnapshot, cache: PageCache?) -> OutputPlan {
        let pages = SitePages.plan(snapshot, theme: theme, cache: cache)
        // Feeds and the excusal files are few but large: made now, side by side.
        let report = snapshot.excusal
        let calendars = snapshot.routes.flatMap { routes in report.norms.map { (routes, $0) } }
        let data = ConcurrentMap.map(2 + calendars.count, concurrently: true) { part in
            switch part {
            case 0: SiteFeeds.render(snapshot)
            case 1: [OutputFile(path: SiteRoutes.excusedJSON, text: ExcusalJSONRenderer.render(report))]
                + report.norms.flatMap { Self.periodFiles($0, in: snapshot) }
            default: [Self.calendarFile(calendars[part - 2].1, routes: calendars[part - 2].0, in: report)]
            }
        }
        return pages + OutputPlan(data.flatMap { $0 })
    }

    /// `excused/<norm>.ics` (`en/excused/<norm>.ics`): one norm's excused windows as a
    /// calendar, with summaries in the language of its folder.
    static func calendarFile(_ excusal: NormExcusal, routes: SiteRoutes, in report: ExcusalReport) -> OutputFile {
        OutputFile(
            path: routes.calendar(excusal.norm.key),
            text: ExcusalICalendarRenderer.calendar(for: excusal, asOf: report.asOf, clock: report.clock, language: routes.language))
    }
}
