import Foundation
import IncidentModel

/// The timestamp spellings the formats need besides RFC 3339, in one place so that CSV,
/// iCalendar and text never disagree about a time.
enum TimestampFormatter {
    /// `13-12-2023 12:23`: the Dutch day-month-year reading shown to people.
    static func local(_ instant: Date, in clock: WallClock) -> String {
        clock.localDateTime(at: instant).dayMonthYearText
    }

    /// `+01:00`: the offset in force at the instant.
    static func offset(_ instant: Date, in clock: WallClock) -> String {
        RFC3339.offsetText(clock.utcOffset(at: instant))
    }
}
