import Foundation
import IncidentModel

/// The moment a command describes: `--as-of` wins, then `SOURCE_DATE_EPOCH` (reproducible
/// builds), then the current time, which only the command line reads and passes in.
/// Resolved once per command; every stage reads the resulting `Moment`.
enum ReferenceTime {
    static func resolve(asOf: String?, environment: [String: String], now: Date) -> Result<Moment, InstantArgumentError> {
        if let asOf { return InstantArgument.parse(asOf).map(Moment.init) }
        if let epoch = environment["SOURCE_DATE_EPOCH"] {
            guard let seconds = Int(epoch.trimmingCharacters(in: .whitespaces)) else {
                return .failure(InstantArgumentError(message: "SOURCE_DATE_EPOCH must be whole seconds since 1970, not '\(epoch)'"))
            }
            return .success(Moment(Date(timeIntervalSince1970: TimeInterval(seconds))))
        }
        return .success(Moment(now))
    }
}
