import Foundation
import IncidentModel
import SiteContent

extension StatuspageBuilder {
    /// An incident's updates as Statuspage reports them, from one walk oldest to newest.
    ///
    /// Statuspage gives every update the incident's status at that moment, so a plain
    /// update (`update`, "no change") carries the status in force, and the first plain
    /// update of an incident counts as `investigating`, as for impact windows. An update
    /// that changes the services' status lists them in `affected_components`: an active
    /// status sets them to what the impact implies, a resolution back to `operational`;
    /// maintenance puts them `under_maintenance` from `in_progress` until `completed`.
    struct Timeline {
        /// Oldest first.
        private(set) var updates: [Statuspage.IncidentUpdate] = []
        /// The latest update that announced `monitoring`.
        private(set) var monitoringAt: Date?

        init(_ facts: IncidentFacts, components: [Statuspage.Component]) {
            let incident = facts.incident
            let id = incident.id.rawValue
            var current: UpdateStatus = incident.kind == .maintenance ? .scheduled : .investigating
            var componentStatus = ComponentStatus.operational
            for (offset, update) in incident.chronologicalUpdates.enumerated() {
                current = Self.status(announcedBy: update.status, current: current, kind: incident.kind)
                let newComponentStatus = Self.componentStatus(during: current, impact: incident.impact)
                let affected = newComponentStatus == componentStatus || components.isEmpty ? nil : components.map {
                    Statuspage.AffectedComponent(
                        code: $0.id, name: $0.name, oldStatus: componentStatus, newStatus: newComponentStatus)
                }
                componentStatus = newComponentStatus
                if update.status == .monitoring { monitoringAt = update.instant }
                let time = RFC3339.string(from: update.instant)
                updates.append(Statuspage.IncidentUpdate(
                    // The position in time: stable while new updates are added at the end.
                    id: "\(id)-\(offset + 1)",
                    status: current.rawValue,
                    body: update.body.trimmingScalars(in: .whitespacesAndNewlines),
                    createdAt: time, updatedAt: time, displayAt: time,
                    affectedComponents: affected,
                    incidentID: id))
            }
        }

        /// The status after an update: its own, or the current one for a plain update
        /// (and, defensively, for a status of the other kind, which parsing rejects).
        private static func status(announcedBy status: UpdateStatus, current: UpdateStatus, kind: IncidentKind) -> UpdateStatus {
            switch kind {
            case .incident: status.isIncidentOnly ? status : current
            case .maintenance: status.isMaintenanceOnly ? status : current
            }
        }

        private static func componentStatus(during status: UpdateStatus, impact: Impact) -> ComponentStatus {
            switch status {
            case .investigating, .identified, .monitoring: ComponentStatus(activeIncidentImpact: impact)
            case .inProgress, .verifying: ComponentStatus(.maintenance)
            case .resolved, .update, .scheduled, .completed: .operational
            }
        }
    }
}
