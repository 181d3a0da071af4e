import Foundation
import SiteContent

/// A norm, by its position in the excusal report: its rules, years and latest windows.
struct NormPage: PageKind {
    let slot: Int

    static var template: EjectableTemplate { .norm }
    static let isTranslated = true
    static func pages(in snapshot: SiteSnapshot) -> [Self] { snapshot.excusal.norms.indices.map(Self.init) }
    func route(in routes: SiteRoutes, of snapshot: SiteSnapshot) -> String { routes.norm(snapshot.excusal.norms[slot].norm.key) }
    func view(_ builder: PageBuilder) -> PageView<NormView> { builder.norm(slot) }

    func inputs(_ builder: PageBuilder) -> (any Equatable & Sendable)? {
        let excusal = builder.snapshot.excusal.norms[slot]
        let years = builder.snapshot.years.norms[slot]
        let latest = PageBuilder.latestWindows(excusal)
        return PageInputs.Norm(
            years: years, totals: years.map { builder.totals(of: excusal, year: $0) }, latest: latest,
            named: builder.namedInRows(latest))
    }

    func lastModified(in snapshot: SiteSnapshot, _ changes: SiteChanges) -> Date? { changes.last }
}
