import Foundation
import IncidentModel
import Testing
import ServiceNorms

@Suite("Grace: business days and business hours")
struct GraceTests {
    let calendar = BusinessCalendar()

    @Test("N business days keep the wall-clock time", arguments: [
        ("2023-12-15T17:00:00+01:00", 1, "2023-12-18T17:00:00+01:00"),  // Friday → Monday
        ("2023-12-13T15:50:00+01:00", 1, "2023-12-14T15:50:00+01:00"),  // seed 000, Wednesday
        ("2023-12-13T15:50:00+01:00", 2, "2023-12-15T15:50:00+01:00"),
        ("2023-12-16T10:00:00+01:00", 1, "2023-12-18T10:00:00+01:00"),  // from a Saturday
        ("2023-12-15T17:00:00+01:00", 0, "2023-12-15T17:00:00+01:00"),
        // Christmas 2023: Monday 25 and Tuesday 26 are holidays.
        ("2023-12-22T17:00:00+01:00", 1, "2023-12-27T17:00:00+01:00"),
        ("2024-12-24T10:00:00+01:00", 1, "2024-12-27T10:00:00+01:00"),
        // Easter 2024: Good Friday 29 March, Easter Monday 1 April, and DST in between.
        ("2024-03-28T15:00:00+01:00", 1, "2024-04-02T15:00:00+02:00"),
        // King's Day 2025 is Saturday 26 April: the next business day is Monday 28.
        ("2025-04-25T12:00:00+02:00", 1, "2025-04-28T12:00:00+02:00"),
        // Ascension Day 2024 (Thursday 9 May).
        ("2024-05-08T09:00:00+02:00", 1, "2024-05-10T09:00:00+02:00"),
        // End of DST: the kept wall time makes the elapsed time 73 hours.
        ("2024-10-25T17:00:00+02:00", 1, "2024-10-28T17:00:00+01:00"),
    ])
    func businessDays(start: String, count: Int, expected: String) {
        #expect(calendar.addingBusinessDays(count, to: instant(start)) == instant(expected))
    }

    @Test("a business day across the end of DST lasts 73 real hours from Friday to Monday")
    func businessDayElapsedAcrossDST() {
        let start = instant("2024-10-25T17:00:00+02:00")
        #expect(calendar.addingBusinessDays(1, to: start).timeIntervalSince(start) == 73 * 3_600)
    }

    @Test("N business hours: the earliest instant by which N business hours have elapsed", arguments: [
        ("2023-12-15T17:00:00+01:00", 24, "2023-12-18T17:00:00+01:00"),  // Friday 17:00 → Monday 17:00
        ("2023-12-14T00:00:00+01:00", 48, "2023-12-16T00:00:00+01:00"),  // Thursday 00:00 → Saturday 00:00
        ("2023-12-16T10:00:00+01:00", 24, "2023-12-19T00:00:00+01:00"),  // from a Saturday
        ("2023-12-15T17:00:00+01:00", 7, "2023-12-16T00:00:00+01:00"),  // exactly to Friday's end
        ("2023-12-15T17:00:00+01:00", 0, "2023-12-15T17:00:00+01:00"),
        // Christmas 2023: 12 hours left on Friday, the rest on Wednesday 27.
        ("2023-12-22T12:00:00+01:00", 24, "2023-12-27T12:00:00+01:00"),
        // Easter 2024 and the start of DST: Thursday 12h, then Tuesday 2 April.
        ("2024-03-28T12:00:00+01:00", 24, "2024-04-02T12:00:00+02:00"),
        // End of DST over a weekend: 12h Friday, 12h Monday, 73 real hours later.
        ("2024-10-25T12:00:00+02:00", 24, "2024-10-28T12:00:00+01:00"),
    ])
    func businessHours(start: String, count: Int, expected: String) {
        #expect(calendar.addingBusinessHours(count, to: instant(start)) == instant(expected))
    }

    @Test("a business day with a DST change lasts 23 hours (Cairo moves its clocks on a Friday)")
    func shortBusinessDay() throws {
        // Egypt's DST of 2023 began on Friday 28 April at 00:00 (clocks to 01:00), so that
        // business day has 23 hours. 27 April is King's Day in the Dutch calendar; removed here.
        let cairo = WallClock(timeZone: try #require(TimeZone(identifier: "Africa/Cairo")))
        try #require(cairo.utcOffset(at: instant("2023-04-29T12:00:00+03:00")) == 3 * 3_600,
                     "this Foundation's time zone data predates Egypt's 2023 DST")
        let calendar = BusinessCalendar(clock: cairo, removing: [date("2023-04-27")])
        let thursday = instant("2023-04-27T00:00:00+02:00")
        // 24 h Thursday + 23 h Friday = 47 h; the 48th falls on Monday 00:00–01:00.
        #expect(calendar.addingBusinessHours(48, to: thursday) == instant("2023-05-01T01:00:00+03:00"))
        #expect(calendar.addingBusinessHours(47, to: thursday) == instant("2023-04-29T00:00:00+03:00"))
    }

    @Test("applyingGrace dispatches on the norm's grace")
    func applyingGrace() {
        let end = instant("2023-12-15T17:00:00+01:00")
        #expect(calendar.applyingGrace(.none, to: end) == end)
        #expect(calendar.applyingGrace(.businessDays(1), to: end) == instant("2023-12-18T17:00:00+01:00"))
        #expect(calendar.applyingGrace(.businessHours(48), to: end) == instant("2023-12-19T17:00:00+01:00"))
    }

    @Test("fractions of a second survive business-day grace")
    func subseconds() {
        let start = instant("2023-12-15T17:00:00+01:00").addingTimeInterval(0.25)
        #expect(calendar.addingBusinessDays(1, to: start) == instant("2023-12-18T17:00:00+01:00").addingTimeInterval(0.25))
    }
}
