import Foundation

extension Incident {
    /// The impact windows of SPEC §4, oldest first.
    ///
    /// An incident's first window opens at `began`, else `opened`, else its first
    /// update (a plain first update counts as investigating) and closes at the first
    /// `resolved`; an active status after a resolution opens a new window. A plain
    /// update after a resolution does not reopen. Maintenance has one window, from its
    /// first `in_progress` to the `completed` after it, else its `scheduled` range.
    public var impactWindows: [ImpactWindow] {
        switch kind {
        case .incident: incidentWindows
        case .maintenance: maintenanceWindows
        }
    }

    private var incidentWindows: [ImpactWindow] {
        var windows: [ImpactWindow] = []
        var openSince: Date? = began ?? opened
        var seenAny = false
        for update in chronologicalUpdates {
            let opensWindow = update.status.isActive || (update.status == .update && !seenAny)
            if opensWindow, openSince == nil {
                openSince = update.instant
            } else if update.status == .resolved, let start = openSince {
                windows.append(ImpactWindow(start: start, end: max(start, update.instant)))
                openSince = nil
            }
            seenAny = true
        }
        if let start = openSince {
            windows.append(ImpactWindow(start: start, end: nil))
        }
        return windows
    }

    private var maintenanceWindows: [ImpactWindow] {
        let updates = chronologicalUpdates
        if let begin = updates.firstIndex(where: { $0.status == .inProgress }) {
            let start = updates[begin].instant
            let end = updates[begin...].first(where: { $0.status == .completed })?.instant
            return [ImpactWindow(start: start, end: end)]
        }
        if let scheduled {
            return [ImpactWindow(start: scheduled.start, end: scheduled.end)]
        }
        return []
    }
}
