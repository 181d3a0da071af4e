/// The state an update announces. Raw values are the Atlassian Statuspage names, so
/// the JSON API can use them unchanged.
public enum UpdateStatus: String, Sendable, Hashable, Codable, CaseIterable {
    case investigating
    case identified
    case monitoring
    case resolved
    /// A message that changes nothing: the incident keeps its current state.
    case update
    case scheduled
    case inProgress = "in_progress"
    case verifying
    case completed

    /// Whether this status means the service is still impaired.
    public var isActive: Bool {
        switch self {
        case .investigating, .identified, .monitoring: true
        default: false
        }
    }

    /// Statuses that only a maintenance may use.
    public var isMaintenanceOnly: Bool {
        switch self {
        case .scheduled, .inProgress, .verifying, .completed: true
        default: false
        }
    }

    /// Statuses that only an incident may use.
    public var isIncidentOnly: Bool {
        switch self {
        case .investigating, .identified, .monitoring, .resolved: true
        default: false
        }
    }
}
