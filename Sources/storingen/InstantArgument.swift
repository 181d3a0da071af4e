import Foundation
import IncidentModel
import IncidentParsing

/// Reads a time given on the command line (`--at`, `--from`, `--to`, `--as-of`) with the
/// same grammar and Amsterdam rules as incident files; the year is required.
enum InstantArgument {
    static func parse(_ text: String, clock: WallClock = .amsterdam) -> Result<Date, InstantArgumentError> {
        StandaloneTimestamp.instant(text, clock: clock).mapError { InstantArgumentError(message: $0.message) }
    }
}

/// A command-line time that cannot be used, with the reason to show.
struct InstantArgumentError: Error, Equatable, CustomStringConvertible {
    var message: String
    var description: String { message }
}
