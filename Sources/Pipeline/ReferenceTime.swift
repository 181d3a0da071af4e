import Foundation

/// The build's reference time: where ongoing windows end and what "upcoming" means.
/// `--as-of` wins, then `SOURCE_DATE_EPOCH` (reproducible builds), then the current time,
/// which only the command line reads and passes in.
public enum ReferenceTime {
    public static func resolve(asOf: String?, environment: [String: String], now: Date) -> Result<Date, InstantArgumentError> {
        if let asOf { return InstantArgument.parse(asOf) }
        if let epoch = environment["SOURCE_DATE_EPOCH"] {
            guard let seconds = Int(epoch.trimmingCharacters(in: .whitespaces)) else {
                return .failure(InstantArgumentError(message: "SOURCE_DATE_EPOCH must be whole seconds since 1970, not '\(epoch)'"))
            }
            return .success(Date(timeIntervalSince1970: TimeInterval(seconds)))
        }
        return .success(now)
    }
}
