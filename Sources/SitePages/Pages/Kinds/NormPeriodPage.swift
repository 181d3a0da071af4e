import Foundation
import IncidentModel
import OutputEncoding
import ServiceNorms
import SiteContent

/// One evaluation period of a norm with excused time, by its position in the norm's
/// periods: the page a seller cites.
struct NormPeriodPage: PageKind {
    let slot: Int
    let period: Int

    static var template: EjectableTemplate { .normPeriod }
    static let isTranslated = true

    static func pages(in snapshot: SiteSnapshot) -> [Self] {
        snapshot.excusal.norms.enumerated().flatMap { slot, excusal in
            excusal.periods.indices.filter { excusal.periods[$0].excusedSeconds > 0 }.map { Self(slot: slot, period: $0) }
        }
    }

    func route(in routes: SiteRoutes, of snapshot: SiteSnapshot) -> String {
        let excusal = snapshot.excusal.norms[slot]
        return routes.norm(excusal.norm.key, period: excusal.periods[period].period)
    }

    func view(_ builder: PageBuilder) -> PageView<NormPeriodView> { builder.normPeriod(slot, period: period) }

    func inputs(_ builder: PageBuilder) -> (any Equatable & Sendable)? {
        let snapshot = builder.snapshot
        let excusal = snapshot.excusal.norms[slot]
        let shown = excusal.periods[period]
        return PageInputs.Period(
            windows: excusal.windows(overlapping: TimeRange(start: shown.start, end: shown.end)), period: shown,
            named: snapshot.periodCauses.facts[slot][period], at: snapshot.moment, placeholders: builder.buildTime == .placeholders)
    }

    func lastModified(in snapshot: SiteSnapshot, _ changes: SiteChanges) -> Date? { changes.last }

    /// The pages a render with `cache` must make or compare: those of periods whose
    /// version (`SiteSnapshot.periodVersions`) is not the one of the cache's last render;
    /// the others are the cache's as they were (`OutputCache.carry`). `stated`: the moment
    /// the pages write as text, nil when they hold it as a placeholder.
    static func visited(in snapshot: SiteSnapshot, cache: OutputCache, stated: Moment?) -> [Self] {
        let pages = pages(in: snapshot)
        let visit = cache.carry(
            cacheGroup, items: pages.map { snapshot.periodVersions[$0.slot][$0.period] as any AnyObject & Sendable },
            token: AnyHashable(stated))
        return visit.count == pages.count ? pages : visit.map { pages[$0] }
    }

    /// The cache's name for the group of norm period pages.
    static let cacheGroup = "norm period pages"

    func member(of snapshot: SiteSnapshot) -> OutputCache.Member? {
        OutputCache.Member(group: Self.cacheGroup, item: snapshot.periodVersions[slot][period])
    }
}
