import Foundation
import SiteContent

/// "Actuele storingen": the state of the site, what is going on, the services at a glance.
struct HomePage: PageKind {
    static var template: EjectableTemplate { .home }
    static let isTranslated = true
    static func pages(in snapshot: SiteSnapshot) -> [Self] { [Self()] }
    func route(in routes: SiteRoutes, of snapshot: SiteSnapshot) -> String { routes.home }
    func view(_ builder: PageBuilder) -> PageView<HomeView> { builder.home() }

    func inputs(_ builder: PageBuilder) -> (any Equatable & Sendable)? {
        let snapshot = builder.snapshot
        return PageInputs.Home(
            status: snapshot.status, open: SameIncidents(snapshot.open.map { snapshot.facts[$0] }),
            recent: SameIncidents(snapshot.recentlyClosed.map { snapshot.facts[$0] }),
            services: snapshot.configuration.catalogue.services.indices.map(builder.glance))
    }

    func lastModified(in snapshot: SiteSnapshot, _ changes: SiteChanges) -> Date? { changes.last }
}
