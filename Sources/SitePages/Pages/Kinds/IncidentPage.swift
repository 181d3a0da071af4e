import Foundation
import OutputEncoding
import SiteContent

/// An incident's page (one per id), by its position in `SiteSnapshot.facts`.
struct IncidentPage: CarriedPageKind {
    let position: Int

    static var template: EjectableTemplate { .incident }
    static let isTranslated = true
    static func pages(in snapshot: SiteSnapshot) -> [Self] { snapshot.facts.indices.filter(snapshot.ownsPage).map(Self.init) }
    func route(in routes: SiteRoutes, of snapshot: SiteSnapshot) -> String { routes.incident(snapshot.facts[position].id) }
    func view(_ builder: PageBuilder) -> PageView<IncidentView> { builder.incident(at: position) }

    func inputs(_ builder: PageBuilder) -> (any Equatable & Sendable)? {
        PageInputs.IncidentPage(facts: builder.snapshot.facts[position])
    }

    /// An incident's page is made of its facts and the build time it states alone (`inputs(_:)`).
    func item(in snapshot: SiteSnapshot) -> any AnyObject & Sendable { snapshot.facts[position] }

    static let cacheGroup = "incident pages"

    /// An incident's page changes with its updates.
    func lastModified(in snapshot: SiteSnapshot, _ changes: SiteChanges) -> Date? { snapshot.facts[position].updated }
}
