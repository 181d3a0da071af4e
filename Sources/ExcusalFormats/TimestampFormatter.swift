import Foundation
import IncidentModel

/// The timestamp spellings the formats need besides RFC 3339, in one place so that CSV,
/// iCalendar and text never disagree about a time.
enum TimestampFormatter {
    /// `20231213T112300Z`: the UTC form of RFC 5545 DATE-TIME values and of UIDs.
    static func utcBasic(_ instant: Date) -> String {
        let utc = LocalDateTime(secondsSinceEpochAsUTC: Int(instant.timeIntervalSince1970.rounded(.down)))
        return "\(utc.year.zeroPadded(4))\(utc.month.zeroPadded())\(utc.day.zeroPadded())T\(utc.hour.zeroPadded())\(utc.minute.zeroPadded())\(utc.second.zeroPadded())Z"
    }

    /// `13-12-2023 12:23`: the Dutch day-month-year reading shown to people.
    static func local(_ instant: Date, in clock: WallClock) -> String {
        clock.localDateTime(at: instant).dayMonthYearText
    }

    /// `+01:00`: the offset in force at the instant.
    static func offset(_ instant: Date, in clock: WallClock) -> String {
        RFC3339.offsetText(clock.utcOffset(at: instant))
    }
}
