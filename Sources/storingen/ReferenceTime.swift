import Foundation
import IncidentModel

/// The moment a command describes: `--as-of` wins, then `SOURCE_DATE_EPOCH` (reproducible
/// builds), then the current time, which only the command line reads and passes in.
/// Resolved once per command; every stage reads the resulting `Moment`.
///
/// "Now" is taken to the minute, as everything the site says of time is (timestamps,
/// `--as-of`, the build time on every page): two builds in one minute then give the same
/// bytes, and `serve`'s refreshes within a minute find every settled fact unchanged,
/// where a moment to the second made every ongoing window, and every page of the periods
/// it spans, new at each save.
enum ReferenceTime {
    static func resolve(asOf: String?, environment: [String: String], now: Date) -> Result<Moment, InstantArgumentError> {
        if let asOf { return InstantArgument.parse(asOf).map(Moment.init) }
        if let epoch = environment["SOURCE_DATE_EPOCH"] {
            guard let seconds = Int(epoch.trimmingCharacters(in: .whitespaces)) else {
                return .failure(InstantArgumentError(message: "SOURCE_DATE_EPOCH must be whole seconds since 1970, not '\(epoch)'"))
            }
            return .success(Moment(Date(timeIntervalSince1970: TimeInterval(seconds))))
        }
        let minute = (now.timeIntervalSince1970 / 60).rounded(.down) * 60
        return .success(Moment(Date(timeIntervalSince1970: minute)))
    }

    /// Whether the moment is "now": neither `--as-of` nor `SOURCE_DATE_EPOCH` fixes it.
    static func followsTheClock(asOf: String?, environment: [String: String]) -> Bool {
        asOf == nil && environment["SOURCE_DATE_EPOCH"] == nil
    }

    /// When "now" taken at `moment` gives way to the next moment: the next minute.
    static func end(of moment: Moment) -> Date {
        moment.instant.addingTimeInterval(60)
    }
}
