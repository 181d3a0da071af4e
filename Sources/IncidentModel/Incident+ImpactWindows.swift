import Foundation

extension Incident {
    /// The impact windows of SPEC §4, oldest first.
    ///
    /// An incident's first window opens at `began`, else `opened`, else its first
    /// update (a plain first update counts as investigating) and closes at the first
    /// `resolved`; an active status after a resolution opens a new window. A plain
    /// update after a resolution does not reopen. Maintenance has a window per run, from
    /// an `in_progress` to the next `completed` (open while not completed), so a rollback
    /// redone the next night is excused twice; without any `in_progress`, its `scheduled`
    /// range.
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
        var windows: [ImpactWindow] = []
        var runningSince: Date?
        for update in chronologicalUpdates {
            if update.status == .inProgress, runningSince == nil {
                runningSince = update.instant
            } else if update.status == .completed, let start = runningSince {
                windows.append(ImpactWindow(start: start, end: max(start, update.instant)))
                runningSince = nil
            }
        }
        if let start = runningSince {
            windows.append(ImpactWindow(start: start, end: nil))
        }
        if windows.isEmpty, let scheduled {
            return [ImpactWindow(start: scheduled.start, end: scheduled.end)]
        }
        return windows
    }
}
