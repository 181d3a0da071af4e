/// A week of the ISO 8601 week-numbering year (`2023-W51`), the evaluation period of
/// most service norms; week 1 is the week with the year's first Thursday.
public struct ISOWeek: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The ISO week-numbering year, which differs from the calendar year around 1 January
    /// (2024-12-30 is in 2025-W01).
    public var year: Int
    /// 1 to 52, or 53 in long years.
    public var week: Int

    /// Week `week` of ISO week-numbering year `year`; the caller keeps the week in range.
    public init(year: Int, week: Int) {
        self.year = year
        self.week = week
    }

    /// The week a date falls in.
    public init(containing date: LocalDate) {
        // The Thursday of the date's week decides the week-numbering year.
        let thursday = date.adding(days: 4 - date.isoWeekday)
        self.init(year: thursday.year, week: (thursday.dayOfYear - 1) / 7 + 1)
    }

    /// The week's Monday, when it starts.
    public var monday: LocalDate {
        let january4 = LocalDate(year: year, month: 1, day: 4)  // always in week 1
        let firstMonday = january4.adding(days: 1 - january4.isoWeekday)
        return firstMonday.adding(days: (week - 1) * 7)
    }

    /// How many weeks the ISO year has: 53 when it starts or (in a leap year) ends on a Thursday.
    public static func weeks(in year: Int) -> Int {
        ISOWeek(containing: LocalDate(year: year, month: 12, day: 28)).week
    }

    /// `2023-W51`.
    public var description: String { "\(year.zeroPadded(4))-W\(week.zeroPadded())" }

    /// Earlier weeks first.
    public static func < (lhs: ISOWeek, rhs: ISOWeek) -> Bool { (lhs.year, lhs.week) < (rhs.year, rhs.week) }
}
