import IncidentModel

/// What a service is doing now, in Statuspage's component terms; ordered from best to
/// worst, so the worst of several open incidents wins.
public enum ServiceState: Int, Sendable, Hashable, Comparable, CaseIterable {
    case operational
    /// Maintenance under way.
    case maintenance
    /// An active incident of impact `minor`.
    case degraded
    /// An active incident of impact `major`.
    case partialOutage
    /// An active incident of impact `critical`.
    case majorOutage

    /// The state an active incident gives the services it names.
    public init(activeIncidentImpact impact: Impact) {
        switch impact {
        case .none: self = .operational
        case .minor: self = .degraded
        case .major: self = .partialOutage
        case .critical: self = .majorOutage
        }
    }

    /// A short stable name for CSS classes.
    public var key: String {
        switch self {
        case .operational: "operational"
        case .maintenance: "maintenance"
        case .degraded: "degraded"
        case .partialOutage: "partial-outage"
        case .majorOutage: "major-outage"
        }
    }

    /// Statuspage's component status.
    public var statuspageKey: String {
        switch self {
        case .operational: "operational"
        case .maintenance: "under_maintenance"
        case .degraded: "degraded_performance"
        case .partialOutage: "partial_outage"
        case .majorOutage: "major_outage"
        }
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}
