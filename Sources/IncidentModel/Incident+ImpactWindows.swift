import Foundation

extension Incident {
    /// The impact windows of docs/authoring.md (Impact windows), oldest first.
    ///
    /// An incident's first window opens at `began`, else `opened`, else its first
    /// update (a plain first update counts as investigating) and closes at the first
    /// `resolved`; an active status after a resolution opens a new window. A plain
    /// update after a resolution does not reopen. Maintenance has a window per run, from
    /// an `in_progress` to the next `completed` (open while not completed), so a rollback
    /// redone the next night is excused twice; without any `in_progress`, its `scheduled`
    /// range.
    public var impactWindows: [ImpactWindow] {
        sourcedImpactWindows.map(\.window)
    }

    /// The impact windows with the update or front-matter date that opened and closed
    /// each: the one derivation of windows, which `impactWindows` and explanations share.
    public var sourcedImpactWindows: [SourcedImpactWindow] {
        switch kind {
        case .incident: incidentWindows
        case .maintenance: maintenanceWindows
        }
    }

    private var incidentWindows: [SourcedImpactWindow] {
        var windows: [SourcedImpactWindow] = []
        var openedBy: SourcedImpactWindow.Edge? = began.map { .began($0) } ?? opened.map { .opened($0) }
        var seenAny = false
        for update in chronologicalUpdates {
            let opensWindow = update.status.isActive || (update.status == .update && !seenAny)
            if opensWindow, openedBy == nil {
                openedBy = .update(update)
            } else if update.status == .resolved, let opening = openedBy {
                let start = opening.instant
                windows.append(SourcedImpactWindow(
                    window: ImpactWindow(start: start, end: max(start, update.instant)), opening: opening, closing: .update(update)))
                openedBy = nil
            }
            seenAny = true
        }
        if let opening = openedBy {
            windows.append(SourcedImpactWindow(window: ImpactWindow(start: opening.instant, end: nil), opening: opening, closing: nil))
        }
        return windows
    }

    private var maintenanceWindows: [SourcedImpactWindow] {
        var windows: [SourcedImpactWindow] = []
        var runningSince: Update?
        for update in chronologicalUpdates {
            if update.status == .inProgress, runningSince == nil {
                runningSince = update
            } else if update.status == .completed, let start = runningSince {
                windows.append(SourcedImpactWindow(
                    window: ImpactWindow(start: start.instant, end: max(start.instant, update.instant)),
                    opening: .update(start), closing: .update(update)))
                runningSince = nil
            }
        }
        if let start = runningSince {
            windows.append(SourcedImpactWindow(window: ImpactWindow(start: start.instant, end: nil), opening: .update(start), closing: nil))
        }
        if windows.isEmpty, let scheduled {
            return [SourcedImpactWindow(
                window: ImpactWindow(start: scheduled.start, end: scheduled.end),
                opening: .scheduled(scheduled.start), closing: .scheduled(scheduled.end))]
        }
        return windows
    }
}
