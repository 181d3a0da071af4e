import Foundation
import IncidentModel

/// When the site and each service last changed, taken from the incidents' own dates
/// rather than the clock so that builds are reproducible: what feeds and the sitemap
/// state as "updated".
public struct SiteChanges: Sendable, Equatable {
    /// The first and the latest instant at which an incident affecting a service was
    /// created or updated.
    public struct ServiceHistory: Sendable, Equatable {
        public var first: Date
        public var last: Date

        mutating func widen(_ created: Date, _ updated: Date) {
            first = min(first, created)
            last = max(last, updated)
        }
    }

    /// The latest `updated` of any incident, else the site's moment.
    public let last: Date
    /// The earliest `created` of any incident, else `last`: where the site's history starts.
    public let first: Date
    /// For each service that some dated incident affects.
    public let services: [ServiceKey: ServiceHistory]
    /// Whether some incident was dated (else `last` is the moment).
    private let dated: Bool

    /// `facts`: every incident of a snapshot; `moment`: its reference time. A snapshot
    /// works this out once (`SiteSnapshot.changes`) for the feeds and the sitemap.
    init(facts: [IncidentFacts], moment: Moment) {
        var services: [ServiceKey: ServiceHistory] = [:]
        var last: Date?
        var first: Date?
        for facts in facts {
            guard let created = facts.created, let updated = facts.updated else { continue }
            last = max(last ?? updated, updated)
            first = min(first ?? created, created)
            for service in facts.incident.services {
                services[service, default: ServiceHistory(first: created, last: updated)].widen(created, updated)
            }
        }
        self.last = last ?? moment.instant
        self.first = first ?? self.last
        self.services = services
        dated = last != nil
    }

    /// `previous` after a save that edited incidents in place (`edits`: their facts before
    /// and after), without visiting the other incidents, which at each save of `serve` took
    /// 5–7 ms at 10,000. Nil unless every edit kept its services and only moved its dates
    /// outward (an update added, a start moved earlier): only then are the site's and each
    /// service's first and latest dates the previous ones widened by the edits'.
    init?(widening previous: SiteChanges, with edits: [(old: IncidentFacts, new: IncidentFacts)]) {
        guard previous.dated else { return nil }
        var last = previous.last, first = previous.first, services = previous.services
        for (old, new) in edits {
            guard old.incident.services == new.incident.services, let created = new.created, let updated = new.updated
            else { return nil }
            if let oldCreated = old.created, let oldUpdated = old.updated {
                guard created <= oldCreated, updated >= oldUpdated else { return nil }
            }
            last = max(last, updated)
            first = min(first, created)
            for service in new.incident.services {
                services[service, default: ServiceHistory(first: created, last: updated)].widen(created, updated)
            }
        }
        self.last = last
        self.first = first
        self.services = services
        dated = true
    }

    /// The latest update of any incident that affects `service`.
    public func lastChange(of service: ServiceKey) -> Date? { services[service]?.last }
}
