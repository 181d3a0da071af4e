import Foundation
import IncidentModel
import ServiceNorms

/// An instant written with an explicit offset (`2023-12-15T17:00:00+01:00`), parsed by
/// Foundation rather than by the code under test, so expectations stay independent.
func instant(_ text: String) -> Date {
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withInternetDateTime]
    guard let date = formatter.date(from: text) else { fatalError("bad test timestamp \(text)") }
    return date
}

/// `2023-12-19` as a LocalDate, failing loudly on a typo in a test table.
func date(_ text: String) -> LocalDate {
    guard let date = LocalDate(text) else { fatalError("bad test date \(text)") }
    return date
}

/// A range between two offset-qualified timestamps.
func range(_ start: String, _ end: String) -> TimeRange {
    TimeRange(start: instant(start), end: instant(end))
}

/// How a range reads in test failures: both ends in Amsterdam RFC 3339.
func describe(_ range: TimeRange) -> String {
    "\(RFC3339.string(from: range.start)) → \(RFC3339.string(from: range.end))"
}
