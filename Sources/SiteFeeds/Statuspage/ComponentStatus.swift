import IncidentModel
import SiteContent

/// A Statuspage component status, derived from the incidents open on a service. Cases
/// are ordered from best to worst, so the worst of several open incidents wins.
enum ComponentStatus: String, Sendable, Hashable, Comparable, CaseIterable, Encodable {
    case operational
    case underMaintenance = "under_maintenance"
    case degradedPerformance = "degraded_performance"
    case partialOutage = "partial_outage"
    case majorOutage = "major_outage"

    /// The status an active incident gives its services; Statuspage derives an
    /// incident's impact from component statuses the same way the other way round.
    init(activeIncidentImpact impact: Impact) {
        switch impact {
        case .none: self = .operational
        case .minor: self = .degradedPerformance
        case .major: self = .partialOutage
        case .critical: self = .majorOutage
        }
    }

    static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// The page's overall status (`status.json`): the worst impact among unresolved
/// incidents. Statuspage's documentation lists only these four indicators, so running
/// maintenance shows on its components (`under_maintenance`), not here.
struct PageStatus: Sendable, Hashable, Encodable {
    var indicator: Impact
    /// Statuspage's own wording, which some clients match on.
    var description: String

    init(worstImpact impact: Impact) {
        indicator = impact
        description = switch impact {
        case .none: "All Systems Operational"
        case .minor: "Minor Service Outage"
        case .major: "Partial System Outage"
        case .critical: "Major System Outage"
        }
    }

    init(unresolved incidents: [IncidentFacts]) {
        let order = Impact.allCases
        let worst = incidents.map(\.incident.impact).max { order.firstIndex(of: $0)! < order.firstIndex(of: $1)! }
        self.init(worstImpact: worst ?? .none)
    }
}
