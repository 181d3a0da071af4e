import Foundation
import IncidentModel

/// One update to announce: the incident as it stands in the project now, the update,
/// and the status in force after it. Each is sent once per target; its idempotency key
/// lets a receiver drop a copy that arrives twice (a re-run of a failed CI job).
public struct NewUpdate: Sendable, Hashable {
    public var incident: Incident
    public var update: Update
    /// The update's own status, or for a plain update the one in force before it, as
    /// the site's Statuspage API reports it.
    public var status: UpdateStatus

    public init(incident: Incident, update: Update, status: UpdateStatus) {
        self.incident = incident
        self.update = update
        self.status = status
    }

    /// `<incident id>@<update instant, RFC 3339>`: the same update always has the same key.
    public var idempotencyKey: String {
        "\(incident.id.rawValue)@\(RFC3339.string(from: update.instant))"
    }
}

extension Incident {
    /// Each update, oldest first, with the status in force after it: a plain update
    /// keeps the previous one, and a first plain update counts as investigating (or, for
    /// maintenance, scheduled), the same walk as the site's Statuspage timeline.
    public var updatesWithStatus: [(update: Update, status: UpdateStatus)] {
        var current: UpdateStatus = kind == .maintenance ? .scheduled : .investigating
        return chronologicalUpdates.map { update in
            let announces = kind == .maintenance ? update.status.isMaintenanceOnly : update.status.isIncidentOnly
            if announces { current = update.status }
            return (update, current)
        }
    }
}
