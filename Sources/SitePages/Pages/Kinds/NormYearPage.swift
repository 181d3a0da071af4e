import Foundation
import SiteContent

/// A norm's excused windows (one page of them, 1-based) and periods of one year.
struct NormYearPage: PageKind {
    let slot: Int
    let year: Int
    let page: Int

    static var template: EjectableTemplate { .normYear }
    static let isTranslated = true

    static func pages(in snapshot: SiteSnapshot) -> [Self] {
        snapshot.excusal.norms.indices.flatMap { slot in
            snapshot.years.norms[slot].enumerated().flatMap { index, year in
                (1...snapshot.years.pageCount(norm: slot, yearAt: index)).map { Self(slot: slot, year: year, page: $0) }
            }
        }
    }

    func route(in routes: SiteRoutes, of snapshot: SiteSnapshot) -> String {
        routes.norm(snapshot.excusal.norms[slot].norm.key, year: year, page: page)
    }

    func view(_ builder: PageBuilder) -> PageView<NormYearView> { builder.normYear(slot, year: year, page: page) }

    func inputs(_ builder: PageBuilder) -> (any Equatable & Sendable)? {
        let snapshot = builder.snapshot
        let excusal = snapshot.excusal.norms[slot]
        let windows = builder.normYearWindows(excusal, year: year)
        let shown = PageBuilder.page(page, of: windows)
        return PageInputs.Windows(
            windows: windows, periods: excusal.periods.filter { $0.period.hasPrefix("\(year)-") },
            years: snapshot.years.norms[slot],
            named: builder.namedInRows(shown))
    }

    func lastModified(in snapshot: SiteSnapshot, _ changes: SiteChanges) -> Date? { changes.last }
}
