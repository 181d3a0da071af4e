import Foundation
import IncidentModel

/// Warns about an incident that has been open for longer than `days` without an update:
/// almost always a resolution nobody wrote down. Left alone, its window runs on to every
/// build's moment and merges every later outage of its services into one excused window.
public struct StaleOpenCheck: Sendable {
    public let moment: Moment
    /// `site.yml` `staleOpenDays`.
    public let days: Int
    public let clock: WallClock

    public init(moment: Moment, days: Int, clock: WallClock = .amsterdam) {
        self.moment = moment
        self.days = days
        self.clock = clock
    }

    /// A warning at the latest update of each incident, as known at the moment, that is
    /// unresolved and has had no update for more than `days`.
    public func diagnostics(for incidents: [Incident]) -> [Diagnostic] {
        let limit = moment.instant.addingTimeInterval(-Double(days) * 86_400)
        return incidents.compactMap { incident in
            // A resolution as the last change of state closes every window: the cheap tests
            // first, since `serve` runs this over years of history at every save.
            guard incident.kind == .incident, let latestInstant = incident.latestInstant, latestInstant < limit,
                  incident.currentStatus != .resolved, let latest = incident.latestUpdate,
                  let window = incident.impactWindows.last, window.isOngoing
            else { return nil }
            let opened = clock.localDateTime(at: window.start).dayMonthYearText
            let last = clock.localDateTime(at: latest.instant).dayMonthYearText
            return .warning(
                at: latest.location,
                "incident open since \(opened) has had no update since \(last), more than \(days) days: "
                    + "was its resolution forgotten? Add one such as `## … — Opgelost`, or an update while it lasts "
                    + "(site.yml staleOpenDays)")
        }
    }
}
