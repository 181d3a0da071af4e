import Foundation
import SiteContent

/// "Actuele storingen": the state of the site, what is going on, the services at a glance.
struct HomePage: PageKind {
    static var template: EjectableTemplate { .home }
    static let isTranslated = true
    static func pages(in snapshot: SiteSnapshot) -> [Self] { [Self()] }
    func route(in routes: SiteRoutes, of snapshot: SiteSnapshot) -> String { routes.home }
    func view(_ builder: PageBuilder) -> PageView<HomeView> { builder.home() }
    func inputs(_ builder: PageBuilder) -> (any Equatable & Sendable)? { nil }
    func lastModified(in snapshot: SiteSnapshot, _ changes: SiteChanges) -> Date? { changes.last }
}
