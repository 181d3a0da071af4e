import Foundation
import IncidentModel
import IncidentParsing
import SourceYAML

/// Reads the moment in one CSV field. RFC 3339 (`2023-12-19T15:00:00+01:00`, `…Z`, with
/// or without seconds and fractions), `2023-12-19 15:00` and Unix seconds are read
/// straight from the bytes, the common cases of a million-row export; every other
/// timestamp style of incident files (with a year) goes through the full grammar.
///
/// The fast path answers only what it is sure of: anything it does not recognise, or
/// that is invalid, goes to the full grammar, so both agree and errors are worded once.
public struct BulkInstantReader: Sendable {
    /// The clock of times written without an offset.
    public let clock: WallClock

    /// A reader of times on `clock` (default: Amsterdam).
    public init(clock: WallClock = .amsterdam) {
        self.clock = clock
    }

    /// The instant `bytes` names (surrounding spaces allowed), or why there is none.
    public func instant(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<Date, StandaloneTimestamp.Problem> {
        var low = 0
        var high = bytes.count
        while low < high, bytes[low] == 0x20 || bytes[low] == 0x09 { low += 1 }
        while high > low, bytes[high - 1] == 0x20 || bytes[high - 1] == 0x09 { high -= 1 }
        let text = UnsafeBufferPointer(rebasing: bytes[low..<high])
        if let seconds = Self.unixSeconds(text) {
            return Self.unixInstant(seconds, text: text)
        }
        if let instant = rfc3339(text) { return .success(instant) }
        return StandaloneTimestamp.instant(String(decoding: text, as: UTF8.self), clock: clock)
    }

    /// The instant `text` names, for callers that have a string.
    public func instant(_ text: String) -> Result<Date, StandaloneTimestamp.Problem> {
        var text = text
        return text.withUTF8 { instant($0) }
    }

    /// Digits only: whole seconds since 1970-01-01 00:00 UTC (nil for anything else;
    /// `Int.max` when there are too many digits to be a year before 2100).
    private static func unixSeconds(_ text: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !text.isEmpty else { return nil }
        var value = 0
        for byte in text {
            guard byte &- 0x30 < 10 else { return nil }
            if value < 100_000_000_000 { value = value * 10 + Int(byte &- 0x30) }
        }
        return value
    }

    private static func unixInstant(_ seconds: Int, text: UnsafeBufferPointer<UInt8>) -> Result<Date, StandaloneTimestamp.Problem> {
        // 2100-01-01T00:00:00Z: the years after 2099 are refused as in incident files.
        guard seconds < 4_102_444_800 else {
            let written = String(decoding: text, as: UTF8.self)
            return .failure(StandaloneTimestamp.Problem(message:
                "'\(written)' seconds since 1970 is after 2099; Unix times are read in seconds, not milliseconds"))
        }
        return .success(Date(timeIntervalSince1970: TimeInterval(seconds)))
    }

    /// `YYYY-MM-DD` + `T`, `t` or one space + `HH:MM`, optional `:SS` and `.fraction`,
    /// optional `Z` or `±HH:MM`; nil when the text is anything else or not a valid time.
    private func rfc3339(_ text: UnsafeBufferPointer<UInt8>) -> Date? {
        guard text.count >= 16 else { return nil }
        var cursor = DigitCursor(text: text)
        guard let year = cursor.number(4), cursor.take(0x2D), let month = cursor.number(2), cursor.take(0x2D),
              let day = cursor.number(2), cursor.take(0x54) || cursor.take(0x74) || cursor.take(0x20),
              let hour = cursor.number(2), cursor.take(0x3A), let minute = cursor.number(2)
        else { return nil }
        var second = 0
        var fraction = 0.0
        if cursor.take(0x3A) {
            guard let value = cursor.number(2) else { return nil }
            second = value
            if cursor.take(0x2E) {
                guard let value = cursor.fraction() else { return nil }
                fraction = value
            }
        }
        var offset: Int?
        if cursor.take(0x5A) || cursor.take(0x7A) {
            offset = 0
        } else if cursor.take(0x2B) || cursor.take(0x2D) {
            let sign = text[cursor.index - 1] == 0x2B ? 1 : -1
            guard let hours = cursor.number(2), hours <= 14, cursor.take(0x3A), let minutes = cursor.number(2), minutes < 60
            else { return nil }
            offset = sign * (hours * 3_600 + minutes * 60)
        }
        guard cursor.index == text.count,
              ParsingLimits.supportedYears.contains(year), (1...12).contains(month),
              day >= 1, day <= LocalDateTime.daysInMonth(year: year, month: month),
              hour < 24, minute < 60, second < 60
        else { return nil }
        let local = LocalDateTime(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
        let seconds: Int
        if let offset {
            seconds = local.secondsSinceEpochAsUTC - offset
        } else {
            // A reading that DST skips or repeats goes to the full grammar, which says so.
            guard case .exact(let instant) = clock.resolve(local) else { return nil }
            seconds = Int(instant.timeIntervalSince1970)
        }
        return Date(timeIntervalSince1970: TimeInterval(seconds) + fraction)
    }
}

/// The few steps the RFC 3339 fast path takes over a field's bytes; a value type, so the
/// hot loop keeps its position in a register rather than in a captured variable.
private struct DigitCursor {
    let text: UnsafeBufferPointer<UInt8>
    var index = 0

    /// Exactly `width` ASCII digits, or nothing (the position then stays put).
    mutating func number(_ width: Int) -> Int? {
        guard index + width <= text.count else { return nil }
        var value = 0
        for offset in 0..<width {
            let digit = text[index + offset] &- 0x30
            guard digit < 10 else { return nil }
            value = value * 10 + Int(digit)
        }
        index += width
        return value
    }

    /// Consumes `byte` when it is next.
    mutating func take(_ byte: UInt8) -> Bool {
        guard index < text.count, text[index] == byte else { return false }
        index += 1
        return true
    }

    /// One or more digits after a decimal point, as a fraction of a second.
    mutating func fraction() -> Double? {
        var value = 0.0
        var scale = 0.1
        let start = index
        while index < text.count, text[index] &- 0x30 < 10 {
            value += Double(text[index] &- 0x30) * scale
            scale /= 10
            index += 1
        }
        return index > start ? value : nil
    }
}
