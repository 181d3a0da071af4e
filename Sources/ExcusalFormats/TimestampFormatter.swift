import Foundation
import IncidentModel

/// The timestamp spellings the formats need besides RFC 3339, in one place so that CSV,
/// iCalendar and text never disagree about a time.
enum TimestampFormatter {
    /// `20231213T112300Z`: the UTC form of RFC 5545 DATE-TIME values and of UIDs.
    static func utcBasic(_ instant: Date) -> String {
        let utc = LocalDateTime(secondsSinceEpochAsUTC: Int(instant.timeIntervalSince1970.rounded(.down)))
        return "\(pad(utc.year, 4))\(pad(utc.month))\(pad(utc.day))T\(pad(utc.hour))\(pad(utc.minute))\(pad(utc.second))Z"
    }

    /// `13-12-2023 12:23`: the Dutch day-month-year reading shown to people.
    static func local(_ instant: Date, in clock: WallClock) -> String {
        let reading = clock.localDateTime(at: instant)
        let base = "\(pad(reading.day))-\(pad(reading.month))-\(pad(reading.year, 4)) \(pad(reading.hour)):\(pad(reading.minute))"
        return reading.second == 0 ? base : base + ":\(pad(reading.second))"
    }

    /// `+01:00`: the offset in force at the instant.
    static func offset(_ instant: Date, in clock: WallClock) -> String {
        let offset = clock.utcOffset(at: instant)
        return "\(offset < 0 ? "-" : "+")\(pad(abs(offset) / 3_600)):\(pad(abs(offset) % 3_600 / 60))"
    }

    static func pad(_ value: Int, _ width: Int = 2) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
