import Foundation
import IncidentModel
import OutputEncoding
import ServiceNorms
import SiteContent

/// One evaluation period of a norm with excused time, by its position in the norm's
/// periods: the page a seller cites.
struct NormPeriodPage: CarriedPageKind {
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

    /// A period's page is made of its version (`SiteSnapshot.periodVersions`) and the moment
    /// it states alone.
    func item(in snapshot: SiteSnapshot) -> any AnyObject & Sendable { snapshot.periodVersions[slot][period] }

    static let cacheGroup = "norm period pages"
}
