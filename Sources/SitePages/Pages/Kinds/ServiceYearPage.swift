import Foundation
import SiteContent

/// A service's incidents of one year.
struct ServiceYearPage: PageKind {
    let slot: Int
    let year: Int

    static var template: EjectableTemplate { .serviceYear }
    static let isTranslated = true

    static func pages(in snapshot: SiteSnapshot) -> [Self] {
        snapshot.configuration.catalogue.services.indices.flatMap { slot in
            snapshot.years.services[slot].map { Self(slot: slot, year: $0.year) }
        }
    }

    func route(in routes: SiteRoutes, of snapshot: SiteSnapshot) -> String {
        routes.service(snapshot.configuration.catalogue.services[slot].key, year: year)
    }

    func view(_ builder: PageBuilder) -> PageView<ServiceYearView> { builder.serviceYear(slot, year: year) }

    func inputs(_ builder: PageBuilder) -> (any Equatable & Sendable)? {
        let snapshot = builder.snapshot
        let groups = snapshot.years.services[slot]
        let positions = groups.first { $0.year == year }?.positions ?? []
        return PageInputs.Rows(facts: SameIncidents(positions.map { snapshot.facts[$0] }), shape: groups.map(\.year))
    }

    func lastModified(in snapshot: SiteSnapshot, _ changes: SiteChanges) -> Date? { changes.last }
}
