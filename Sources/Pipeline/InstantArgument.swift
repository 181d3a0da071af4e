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
        guard let year = written.year else {
            return .failure(InstantArgumentError(message: "'\(text)' has no year; write it like '2023-12-14 10:00'"))
        }
        let local = written.local(in: year)
        guard local.isValidDate, local.isValidTime else {
            return .failure(InstantArgumentError(message: "'\(text)' is not a date and time that exists"))
        }
        guard ParsingLimits.supportedYears.contains(year) else {
            let years = ParsingLimits.supportedYears
            return .failure(InstantArgumentError(message: "'\(text)' is outside \(years.lowerBound)–\(years.upperBound)"))
        }
        if let offset = written.utcOffset {
            return .success(Date(timeIntervalSince1970: TimeInterval(local.secondsSinceEpochAsUTC - offset)))
        }
        switch clock.resolve(local) {
        case .exact(let instant):
            return .success(instant)
        case .skipped:
            return .failure(InstantArgumentError(message: "'\(text)' does not exist in Europe/Amsterdam (the clocks skip that hour); give an offset such as +01:00"))
        case .repeated:
            return .failure(InstantArgumentError(message: "'\(text)' happens twice in Europe/Amsterdam (the clocks go back); give an offset: +02:00 for the first, +01:00 for the second"))
        }
    }
}

/// A command-line time that cannot be used, with the reason to show.
public struct InstantArgumentError: Error, Equatable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}
