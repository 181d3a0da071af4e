import Foundation
import IncidentModel

/// Where an incident stands at the command's moment, which decides where it is listed
/// and which label it carries.
public enum IncidentState: Sendable, Hashable {
    /// An unresolved incident.
    case active(UpdateStatus)
    /// A resolved incident, with when it was resolved.
    case resolved(Date)
    /// Maintenance that has not started yet.
    case upcoming(start: Date)
    /// Maintenance under way.
    case inProgress
    /// Maintenance that is over.
    case completed(Date)

    /// The state at `moment` of `incident` as known then (`Moment.known`: a resolution
    /// written later has not happened); `windows` are its impact windows when already known.
    public init(of incident: Incident, windows: [ImpactWindow]? = nil, at moment: Moment) {
        let windows = windows ?? incident.impactWindows
        let instant = moment.instant
        switch incident.kind {
        case .incident:
            if let last = windows.last, last.isOngoing {
                self = .active(incident.currentStatus.isActive ? incident.currentStatus : .investigating)
            } else {
                self = .resolved(windows.last?.end ?? incident.latestUpdate?.instant ?? incident.openedAt ?? instant)
            }
        case .maintenance:
            // Maintenance may run more than once (a rollback redone the next night).
            guard let first = windows.first, let last = windows.last else {
                self = .completed(incident.latestUpdate?.instant ?? instant)
                return
            }
            if first.start > instant {
                self = .upcoming(start: first.start)
            } else if windows.contains(where: { $0.start <= instant && ($0.end.map { instant < $0 } ?? true) }) {
                self = .inProgress
            } else if let end = last.end, end <= instant {
                self = .completed(end)
            } else {
                // Between two runs: the next one is planned.
                self = .upcoming(start: windows.first { $0.start > instant }?.start ?? last.start)
            }
        }
    }

    /// Whether the incident belongs at the top of the front page.
    public var isOpen: Bool {
        switch self {
        case .active, .upcoming, .inProgress: true
        case .resolved, .completed: false
        }
    }

    /// When it stopped mattering, for "resolved in the last N days".
    public var closedAt: Date? {
        switch self {
        case .resolved(let date), .completed(let date): date
        default: nil
        }
    }

    /// A short stable name for CSS classes and the JSON API.
    public var key: String {
        switch self {
        case .active: "active"
        case .resolved: "resolved"
        case .upcoming: "upcoming"
        case .inProgress: "in-progress"
        case .completed: "completed"
        }
    }
}
