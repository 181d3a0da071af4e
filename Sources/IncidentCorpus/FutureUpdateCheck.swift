import Foundation
import IncidentModel

/// Warns about updates dated after the command's moment. Such an update does not exist
/// yet at that moment (`Moment.known`), so the site leaves it out until a build after its
/// time: worth saying, since it is either written ahead on purpose or, far ahead, almost
/// always a typo in the year (`2027-11-20` written in 2026). Scheduled maintenance
/// (`scheduled:`) is a front-matter fact, not an update, and is not checked.
public struct FutureUpdateCheck: Sendable {
    /// Clocks of operators' machines and CI runners drift; within an hour the time itself
    /// is no typo.
    public static let allowedSkew: TimeInterval = 3_600

    public let moment: Moment
    public let clock: WallClock

    public init(moment: Moment, clock: WallClock = .amsterdam) {
        self.moment = moment
        self.clock = clock
    }

    /// A warning at the heading of each update dated after the moment.
    public func diagnostics(for incidents: [Incident]) -> [Diagnostic] {
        let typoLimit = moment.instant.addingTimeInterval(Self.allowedSkew)
        let now = clock.localDateTime(at: moment.instant).dayMonthYearText
        // Only incidents with such an update are copied out: `serve` checks at every save.
        return incidents.indices.filter { !incidents[$0].hasNoUpdate(after: moment.instant) }.flatMap { position in
            incidents[position].updates.filter { $0.instant > moment.instant }.map { update in
                let time = clock.localDateTime(at: update.instant).dayMonthYearText
                return .warning(
                    at: update.location,
                    "update at \(time) is in the future (now \(now)): it is published by the first build after that time"
                        + (update.instant > typoLimit ? "; a typo in the year?" : ""))
            }
        }
    }
}
