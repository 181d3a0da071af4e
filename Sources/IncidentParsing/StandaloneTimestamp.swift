import Foundation
import IncidentModel

/// A time written on its own rather than in an incident file (a command-line option, a
/// field of a CSV file): the grammar and Amsterdam rules of incident files, with the year
/// required, since there is no incident to infer it from.
public enum StandaloneTimestamp {
    /// Why a standalone time names no instant, worded for the person who wrote it.
    public struct Problem: Error, Equatable, Sendable {
        /// What is wrong and how to write it instead.
        public var message: String

        /// A problem with its message.
        public init(message: String) {
            self.message = message
        }
    }

    /// The instant `text` names (surrounding spaces allowed): existing dates only, years
    /// 1970–2099, and a reading that DST skips or repeats refused unless an offset says which.
    public static func instant(_ text: String, clock: WallClock = .amsterdam) -> Result<Date, Problem> {
        guard let written = TimestampParser.parse(text) else {
            return .failure(Problem(message: "cannot read the time '\(text)'; write it like '2023-12-14 10:00' or '2023-12-14T10:00+01:00'"))
        }
        guard written.year != nil else {
            return .failure(Problem(message: "'\(text)' has no year; write it like '2023-12-14 10:00'"))
        }
        return TimestampResolver(clock: clock, anchor: nil).resolve(written)
            .mapError { Problem(message: $0.message) }
    }
}
