import Foundation
import IncidentModel

/// Warns about updates dated after the reference time: an update is written when
/// something happened, so one in the future is almost always a typo in the year
/// (`2027-11-20` written in 2026), which would otherwise stretch windows silently.
/// Scheduled maintenance (`scheduled:`) is announced ahead and is not checked.
public struct FutureUpdateCheck: Sendable {
    /// Clocks of operators' machines and CI runners drift; an hour is no typo.
    public static let allowedSkew: TimeInterval = 3_600

    public let asOf: Date
    public let clock: WallClock

    public init(asOf: Date, clock: WallClock = .amsterdam) {
        self.asOf = asOf
        self.clock = clock
    }

    /// A warning at each update's heading that lies more than `allowedSkew` after `asOf`.
    public func diagnostics(for incidents: [Incident]) -> [Diagnostic] {
        let limit = asOf.addingTimeInterval(Self.allowedSkew)
        let now = clock.localDateTime(at: asOf).dayMonthYearText
        return incidents.flatMap { incident in
            incident.updates.filter { $0.instant > limit }.map { update in
                .warning(
                    at: update.location,
                    "update at \(clock.localDateTime(at: update.instant).dayMonthYearText) is in the future "
                        + "(now \(now)); a typo in the year?")
            }
        }
    }
}
