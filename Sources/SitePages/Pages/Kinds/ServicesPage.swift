import Foundation
import SiteContent

/// Every service of the catalogue with its state and 90-day bar.
struct ServicesPage: PageKind {
    static var template: EjectableTemplate { .services }
    static let isTranslated = true
    static func pages(in snapshot: SiteSnapshot) -> [Self] { [Self()] }
    func route(in routes: SiteRoutes, of snapshot: SiteSnapshot) -> String { routes.servicesIndex }
    func view(_ builder: PageBuilder) -> PageView<ServicesView> { builder.services() }

    func inputs(_ builder: PageBuilder) -> (any Equatable & Sendable)? {
        builder.snapshot.configuration.catalogue.services.indices.map(builder.glance)
    }

    /// It changes with the incidents of any service.
    func lastModified(in snapshot: SiteSnapshot, _ changes: SiteChanges) -> Date? {
        changes.services.values.map(\.last).max()
    }
}
