import Foundation
import IncidentModel
import IncidentParsing

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
        var index = 0
        func number(_ width: Int) -> Int? {
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
        func take(_ byte: UInt8) -> Bool {
            guard index < text.count, text[index] == byte else { return false }
            index += 1
            return true
        }
        guard let year = number(4), take(0x2D), let month = number(2), take(0x2D), let day = number(2),
              take(0x54) || take(0x74) || take(0x20),
              let hour = number(2), take(0x3A), let minute = number(2)
        else { return nil }
        var second = 0
        var fraction = 0.0
        if take(0x3A) {
            guard let value = number(2) else { return nil }
            second = value
            if take(0x2E) {
                var scale = 0.1
                let digitsStart = index
                while index < text.count, text[index] &- 0x30 < 10 {
                    fraction += Double(text[index] &- 0x30) * scale
                    scale /= 10
                    index += 1
                }
                guard index > digitsStart else { return nil }
            }
        }
        var offset: Int?
        if take(0x5A) || take(0x7A) {
            offset = 0
        } else if index < text.count, text[index] == 0x2B || text[index] == 0x2D {
            let sign = text[index] == 0x2B ? 1 : -1
            index += 1
            guard let hours = number(2), hours <= 14, take(0x3A), let minutes = number(2), minutes < 60 else { return nil }
            offset = sign * (hours * 3_600 + minutes * 60)
        }
        guard index == text.count,
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
