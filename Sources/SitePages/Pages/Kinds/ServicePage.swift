import Foundation
import SiteContent

/// A service's page, by its position in the catalogue: its state, 90 days, recent incidents.
struct ServicePage: PageKind {
    let slot: Int

    static var template: EjectableTemplate { .service }
    static let isTranslated = true
    static func pages(in snapshot: SiteSnapshot) -> [Self] { snapshot.configuration.catalogue.services.indices.map(Self.init) }

    func route(in routes: SiteRoutes, of snapshot: SiteSnapshot) -> String {
        routes.service(snapshot.configuration.catalogue.services[slot].key)
    }

    func view(_ builder: PageBuilder) -> PageView<ServiceView> { builder.service(at: slot) }

    func inputs(_ builder: PageBuilder) -> (any Equatable & Sendable)? {
        PageInputs.Service(
            glance: builder.glance(slot), recent: SameIncidents(builder.recentIncidents(ofService: slot)),
            years: builder.snapshot.years.services[slot].map(\.year))
    }

    /// It changes with the service's incidents.
    func lastModified(in snapshot: SiteSnapshot, _ changes: SiteChanges) -> Date? {
        changes.lastChange(of: snapshot.configuration.catalogue.services[slot].key)
    }
}
