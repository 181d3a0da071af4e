import Foundation
import IncidentModel
import IncidentParsing

/// Reads a time given on the command line (`--at`, `--from`, `--to`, `--as-of`) with the
/// same grammar and Amsterdam rules as incident files; the year is required.
public enum InstantArgument {
    public static func parse(_ text: String, clock: WallClock = .amsterdam) -> Result<Date, InstantArgumentError> {
        guard let written = TimestampParser.parse(text) else {
            return .failure(InstantArgumentError(message: "cannot read the time '\(text)'; write it like '2023-12-14 10:00' or '2023-12-14T10:00+01:00'"))
        }
        guard written.year != nil else {
            return .failure(InstantArgumentError(message: "'\(text)' has no year; write it like '2023-12-14 10:00'"))
        }
        // The same rules as in incident files: existing dates, 1970–2099, DST gaps and overlaps refused.
        return TimestampResolver(clock: clock, anchor: nil).resolve(written)
            .mapError { InstantArgumentError(message: $0.message) }
    }
}

/// A command-line time that cannot be used, with the reason to show.
public struct InstantArgumentError: Error, Equatable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}
