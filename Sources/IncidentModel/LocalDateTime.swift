import Foundation

/// A wall-clock reading without a time zone, such as an operator writes in a heading.
/// It becomes an instant only through a time zone, which may reject it (DST gap) or
/// find two instants for it (DST overlap).
public struct LocalDateTime: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int
    public var hour: Int
    public var minute: Int
    public var second: Int

    public init(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0) {
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.second = second
    }

    /// Whether the date exists on the proleptic Gregorian calendar (`31-02` does not).
    public var isValidDate: Bool {
        (1...12).contains(month) && day >= 1 && day <= Self.daysInMonth(year: year, month: month)
    }

    /// Whether the clock reading exists on a 24-hour clock.
    public var isValidTime: Bool {
        (0...23).contains(hour) && (0...59).contains(minute) && (0...59).contains(second)
    }

    public static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    public static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// Days since 1970-01-01 of this date (Howard Hinnant's days_from_civil).
    public var daysSinceEpoch: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The reading as if it were UTC, in seconds since 1970; subtract an offset to get an instant.
    public var secondsSinceEpochAsUTC: Int {
        daysSinceEpoch * 86_400 + hour * 3_600 + minute * 60 + second
    }

    /// The date and time `seconds` after 1970-01-01 00:00 on a clock without offset.
    public init(secondsSinceEpochAsUTC seconds: Int) {
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let rest = seconds - days * 86_400
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        self.init(
            year: yoe + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day,
            hour: rest / 3_600, minute: rest % 3_600 / 60, second: rest % 60)
    }

    /// ISO weekday: 1 is Monday, 7 is Sunday.
    public var isoWeekday: Int {
        let weekday = (daysSinceEpoch + 3) % 7  // 1970-01-01 was a Thursday
        return (weekday < 0 ? weekday + 7 : weekday) + 1
    }

    /// This reading moved by whole days, keeping the clock time.
    public func addingDays(_ days: Int) -> LocalDateTime {
        LocalDateTime(secondsSinceEpochAsUTC: secondsSinceEpochAsUTC + days * 86_400)
    }

    /// `2023-12-19 15:00` (seconds only when not zero).
    public var description: String {
        text(year, 4, month, day, 2, separator: UInt8(ascii: "-"), withTime: true)
    }

    /// `19-12-2023 15:00` (seconds only when not zero): the Dutch reading shown to people.
    /// Period pages write tens of thousands per build, so it is written into one buffer.
    public var dayMonthYearText: String {
        text(day, 2, month, year, 4, separator: UInt8(ascii: "-"), withTime: true)
    }

    /// `15:00` (seconds only when not zero): the time of day alone.
    public var timeText: String {
        ShortText.make(capacity: timeRoom) { appendTime(to: &$0) }
    }

    /// Three date fields joined by `separator` (the middle one, the month, two digits
    /// wide), then the time when asked.
    private func text(
        _ first: Int, _ firstWidth: Int, _ middle: Int, _ last: Int, _ lastWidth: Int,
        separator: UInt8, withTime: Bool
    ) -> String {
        let room = ShortText.room(first, width: firstWidth) + ShortText.room(middle)
            + ShortText.room(last, width: lastWidth) + 3 + (withTime ? timeRoom : 0)
        return ShortText.make(capacity: room) { text in
            text.appendFields(first, middle, last, separator: separator, firstWidth: firstWidth, lastWidth: lastWidth)
            if withTime {
                text.append(UInt8(ascii: " "))
                appendTime(to: &text)
            }
        }
    }

    /// The bytes `appendTime` writes at most.
    public var timeRoom: Int {
        ShortText.room(hour) + ShortText.room(minute) + ShortText.room(second) + 2
    }

    /// `15:00`, or `15:00:07` when the seconds are not zero.
    public func appendTime(to text: inout ShortText) {
        text.appendZeroPadded(hour)
        text.append(UInt8(ascii: ":"))
        text.appendZeroPadded(minute)
        if second != 0 {
            text.append(UInt8(ascii: ":"))
            text.appendZeroPadded(second)
        }
    }

    public static func < (lhs: LocalDateTime, rhs: LocalDateTime) -> Bool {
        lhs.secondsSinceEpochAsUTC < rhs.secondsSinceEpochAsUTC
    }
}
