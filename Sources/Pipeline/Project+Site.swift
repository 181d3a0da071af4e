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
        // Feeds, the API, the sitemap and api/excused.json are few and worked out together,
        // side by side; the calendars and the per-period JSON are many and independent, so
        // they are made as the write stage asks for them, on every core, like the pages.
        let report = snapshot.excusal
        let data = ConcurrentMap.map(2, concurrently: true) { part in
            part == 0
                ? SiteFeeds.render(snapshot)
                : [OutputFile(path: SiteRoutes.excusedJSON, text: ExcusalJSONRenderer.render(report))]
        }
        let calendars = snapshot.routes.flatMap { routes in report.norms.map { (routes, $0) } }
        let calendarPlan = OutputPlan(count: calendars.count) { Self.calendarFile(calendars[$0].1, routes: calendars[$0].0, in: report) }
        return pages + OutputPlan(data.flatMap { $0 }) + calendarPlan + Self.periodFiles(of: snapshot)
    }

    /// `excused/<norm>.ics` (`en/excused/<norm>.ics`): one norm's excused windows as a
    /// calendar, with summaries in the language of its folder.
    static func calendarFile(_ excusal: NormExcusal, routes: SiteRoutes, in report: ExcusalReport) -> OutputFile {
        OutputFile(
            path: routes.calendar(excusal.norm.key),
            text: ExcusalICalendarRenderer.calendar(for: excusal, asOf: report.asOf, clock: report.clock, language: routes.language))
    }
}
