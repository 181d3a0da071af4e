import Foundation
import IncidentModel
import SiteContent

/// What the feeds and the API need of one incident besides the incident itself, worked
/// out once per build: its state at the reference time and the instants it is placed at.
struct IncidentFacts: Sendable {
    let incident: Incident
    let state: IncidentState
    /// When the incident was first known: `opened:`, else its first update, else the
    /// start of its schedule or impact. Nil only for an incident with no date at all.
    let created: Date?
    /// When it last changed: its latest update, else `created`; for maintenance also
    /// the start and end of its window once passed, since it then changes state (and
    /// label) without anyone writing an update.
    let updated: Date?
    /// When the impact began: its first impact window, else `created`; nil for
    /// maintenance that has not started yet.
    let started: Date?

    init(_ incident: Incident, state: IncidentState, asOf: Date) {
        self.incident = incident
        self.state = state
        let firstWindow = incident.impactWindows.first
        let created = incident.openedAt ?? incident.scheduled?.start ?? firstWindow?.start
        self.created = created
        var updated = incident.latestUpdate?.instant ?? created
        if incident.kind == .maintenance, let window = firstWindow {
            for transition in [window.start, window.end].compactMap(\.self) where transition <= asOf {
                updated = max(updated ?? transition, transition)
            }
        }
        self.updated = updated
        if case .upcoming = state {
            self.started = nil
        } else {
            self.started = firstWindow?.start ?? created
        }
    }

    var id: IncidentID { incident.id }
    var kind: IncidentKind { incident.kind }
}
