import Foundation
import SiteContent

/// "Servicenormen": every norm in short, with its rules and totals.
struct NormsPage: PageKind {
    static var template: EjectableTemplate { .norms }
    static let isTranslated = true
    static func pages(in snapshot: SiteSnapshot) -> [Self] { [Self()] }
    func route(in routes: SiteRoutes, of snapshot: SiteSnapshot) -> String { routes.norms }
    func view(_ builder: PageBuilder) -> PageView<NormsView> { builder.norms() }

    func inputs(_ builder: PageBuilder) -> (any Equatable & Sendable)? {
        PageInputs.Norms(totals: builder.snapshot.excusal.norms.map(PageBuilder.totals(of:)))
    }

    func lastModified(in snapshot: SiteSnapshot, _ changes: SiteChanges) -> Date? { changes.last }
}
