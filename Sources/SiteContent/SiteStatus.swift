import IncidentModel

/// The answer to "is everything working?" at the reference time, worked out once for the
/// front page's status line and service grid, the badges, and the Statuspage API's
/// `status.json` and `components.json`, so they can never disagree.
public struct SiteStatus: Sendable, Equatable {
    /// Per catalogue service, in catalogue order.
    public let services: [ServiceState]
    /// The worst impact among unresolved incidents (`none` when there is none):
    /// Statuspage's page `indicator`.
    public let worstImpact: Impact
    /// The page's state: the worst of the services' states, or the state the worst
    /// unresolved incident gives when it names no catalogue service.
    public let overall: ServiceState
    /// The catalogue slots of the services in `overall`'s state.
    public let affected: [Int]

    init(facts: [IncidentFacts], open: [Int], catalogue: Catalogue) {
        let slots = Dictionary(catalogue.services.enumerated().map { ($1.key, $0) }, uniquingKeysWith: { first, _ in first })
        var services = [ServiceState](repeating: .operational, count: catalogue.services.count)
        var worstImpact = Impact.none
        for position in open {
            let facts = facts[position]
            let state: ServiceState
            switch facts.state {
            case .active:
                state = ServiceState(activeIncidentImpact: facts.incident.impact)
                worstImpact = max(worstImpact, facts.incident.impact)
            case .inProgress:
                state = .maintenance
            default:
                continue
            }
            for service in facts.incident.services {
                if let slot = slots[service], services[slot] < state { services[slot] = state }
            }
        }
        self.services = services
        self.worstImpact = worstImpact
        let overall = max(services.max() ?? .operational, ServiceState(activeIncidentImpact: worstImpact))
        self.overall = overall
        affected = overall == .operational ? [] : services.indices.filter { services[$0] == overall }
    }

    /// Statuspage's page `indicator`: `none`, `minor`, `major` or `critical`.
    public var indicator: String { worstImpact.rawValue }

    /// Statuspage's own wording of the indicator, which some clients match on.
    public var indicatorDescription: String {
        switch worstImpact {
        case .none: "All Systems Operational"
        case .minor: "Minor Service Outage"
        case .major: "Partial System Outage"
        case .critical: "Major System Outage"
        }
    }
}
