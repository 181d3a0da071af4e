import IncidentModel

/// A calendar date without a time zone, so holidays and business days can be decided
/// on the date the clocks in Amsterdam show rather than on UTC instants.
public struct LocalDate: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The Gregorian year (2023).
    public var year: Int
    /// 1 (January) to 12.
    public var month: Int
    /// 1 to 31.
    public var day: Int

    /// A date on the proleptic Gregorian calendar; the caller keeps it valid (see `isValid`).
    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// The date part of a wall-clock reading.
    public init(_ reading: LocalDateTime) {
        self.init(year: reading.year, month: reading.month, day: reading.day)
    }

    /// The date `days` after 1970-01-01, the inverse of `daysSinceEpoch`.
    public init(daysSinceEpoch days: Int) {
        self.init(LocalDateTime(secondsSinceEpochAsUTC: days * 86_400))
    }

    /// Parses the `YYYY-MM-DD` form that `site.yml` uses for extra or removed holidays.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return nil }
        self.init(year: year, month: month, day: day)
        guard isValid else { return nil }
    }

    /// Whether the date exists (`2023-02-31` does not).
    public var isValid: Bool { midnight.isValidDate }

    /// Days since 1970-01-01, for arithmetic and as a compact key.
    public var daysSinceEpoch: Int { midnight.daysSinceEpoch }

    /// ISO weekday: 1 is Monday, 7 is Sunday.
    public var isoWeekday: Int { midnight.isoWeekday }

    /// Whether the date is a Saturday or Sunday, which are never business days.
    public var isWeekend: Bool { isoWeekday >= 6 }

    /// 1 for 1 January, up to 366.
    public var dayOfYear: Int {
        daysSinceEpoch - LocalDate(year: year, month: 1, day: 1).daysSinceEpoch + 1
    }

    /// The date moved by whole days (negative moves back).
    public func adding(days: Int) -> LocalDate {
        LocalDate(daysSinceEpoch: daysSinceEpoch + days)
    }

    /// The reading of this date at a clock time.
    public func at(hour: Int, minute: Int = 0, second: Int = 0) -> LocalDateTime {
        LocalDateTime(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
    }

    /// 00:00 on this date; the start of the local day.
    public var midnight: LocalDateTime { at(hour: 0) }

    /// `2023-12-19`, the form of `site.yml` and of the holiday fixture.
    public var description: String {
        "\(year.zeroPadded(4))-\(month.zeroPadded())-\(day.zeroPadded())"
    }

    /// Earlier dates first.
    public static func < (lhs: LocalDate, rhs: LocalDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}
