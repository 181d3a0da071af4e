import Foundation
import IncidentModel
import Testing
import ServiceNorms

@Suite("Evaluation periods")
struct PeriodCalendarTests {
    let periods = PeriodCalendar()

    @Test("ISO week of a date, week 53 and week-year boundaries included", arguments: [
        ("2023-12-18", "2023-W51"),
        ("2023-12-13", "2023-W50"),
        ("2023-01-01", "2022-W52"),  // a Sunday still in the previous ISO year
        ("2020-12-31", "2020-W53"),
        ("2021-01-03", "2020-W53"),
        ("2021-01-04", "2021-W01"),
        ("2026-12-31", "2026-W53"),
        ("2027-01-03", "2026-W53"),
        ("2024-12-30", "2025-W01"),  // a Monday already in the next ISO year
        ("2015-12-31", "2015-W53"),
        ("2008-12-29", "2009-W01"),
    ])
    func isoWeek(day: String, label: String) {
        #expect(ISOWeek(containing: date(day)).description == label)
    }

    @Test("long ISO years have 53 weeks", arguments: [
        (2015, 53), (2020, 53), (2026, 53), (2032, 53), (2021, 52), (2024, 52), (2025, 52),
    ])
    func weeksInYear(year: Int, weeks: Int) {
        #expect(ISOWeek.weeks(in: year) == weeks)
    }

    @Test("ISO weeks agree with Foundation's ISO 8601 calendar for every day of 2000–2035")
    func isoWeeksAgreeWithFoundation() {
        var iso = Calendar(identifier: .iso8601)
        iso.timeZone = TimeZone(identifier: "UTC")!
        var mismatches: [String] = []
        for days in date("2000-01-01").daysSinceEpoch...date("2035-12-31").daysSinceEpoch {
            let day = LocalDate(daysSinceEpoch: days)
            let noon = Date(timeIntervalSince1970: TimeInterval(days * 86_400 + 43_200))
            let parts = iso.dateComponents([.yearForWeekOfYear, .weekOfYear], from: noon)
            let week = ISOWeek(containing: day)
            if week.year != parts.yearForWeekOfYear || week.week != parts.weekOfYear {
                mismatches.append("\(day): \(week) vs \(parts.yearForWeekOfYear!)-W\(parts.weekOfYear!)")
            }
            if week.monday != day.adding(days: 1 - day.isoWeekday) { mismatches.append("\(day): Monday") }
        }
        #expect(mismatches.isEmpty)
    }

    @Test("a week starts on Monday 00:00 Amsterdam time and a month on the 1st")
    func periodBounds() {
        let week = periods.period(.isoWeek, containing: instant("2021-01-03T23:59:59+01:00"))
        #expect(week.label == "2020-W53")
        #expect(week.range == range("2020-12-28T00:00:00+01:00", "2021-01-04T00:00:00+01:00"))
        let march = periods.period(.month, containing: instant("2024-03-31T12:00:00+02:00"))
        #expect(march.label == "2024-03")
        #expect(march.range.duration == (31 * 24 - 1) * 3_600)
        let december = periods.period(.month, containing: instant("2023-12-31T23:00:00+01:00"))
        #expect(december.range == range("2023-12-01T00:00:00+01:00", "2024-01-01T00:00:00+01:00"))
    }

    @Test("excused seconds per period are real elapsed time across DST", arguments: [
        // Start of DST (Sunday 31 March 2024 has 23 hours).
        (("2024-03-30T12:00:00+01:00", "2024-04-01T12:00:00+02:00"), Norm.Period.isoWeek,
         [("2024-W13", 35 * 3_600), ("2024-W14", 12 * 3_600)]),
        (("2024-03-30T12:00:00+01:00", "2024-04-01T12:00:00+02:00"), Norm.Period.month,
         [("2024-03", 35 * 3_600), ("2024-04", 12 * 3_600)]),
        // End of DST (Sunday 27 October 2024 has 25 hours).
        (("2024-10-26T12:00:00+02:00", "2024-10-28T12:00:00+01:00"), Norm.Period.isoWeek,
         [("2024-W43", 37 * 3_600), ("2024-W44", 12 * 3_600)]),
        (("2024-10-26T12:00:00+02:00", "2024-10-28T12:00:00+01:00"), Norm.Period.month,
         [("2024-10", 49 * 3_600)]),
        // Ending exactly at Monday 00:00 touches only one week.
        (("2023-12-17T12:00:00+01:00", "2023-12-18T00:00:00+01:00"), Norm.Period.isoWeek,
         [("2023-W50", 12 * 3_600)]),
        // Week 53 to week 1 across New Year.
        (("2020-12-31T00:00:00+01:00", "2021-01-05T00:00:00+01:00"), Norm.Period.isoWeek,
         [("2020-W53", 4 * 86_400), ("2021-W01", 86_400)]),
    ] as [((String, String), Norm.Period, [(String, Int)])])
    func excusedSeconds(window: (String, String), kind: Norm.Period, expected: [(String, Int)]) {
        let result = periods.excusal(of: [range(window.0, window.1)], per: kind)
        #expect(result.map { "\($0.period)=\($0.excusedSeconds)" } == expected.map { "\($0.0)=\($0.1)" })
    }

    @Test("several windows in one period add up; periods come out sorted")
    func severalWindows() {
        let windows = [
            range("2023-12-18T09:30:00+01:00", "2023-12-20T09:00:00+01:00"),
            range("2023-12-13T12:23:00+01:00", "2023-12-14T15:50:00+01:00"),
            range("2023-12-15T10:00:00+01:00", "2023-12-15T11:00:00+01:00"),
        ]
        let result = periods.excusal(of: windows, per: .isoWeek)
        #expect(result.map { "\($0.period)=\($0.excusedSeconds)" } == ["2023-W50=102420", "2023-W51=171000"])
        #expect(result.first?.start == instant("2023-12-11T00:00:00+01:00"))
        #expect(result.first?.end == instant("2023-12-18T00:00:00+01:00"))
    }
}
