import Foundation
import IncidentModel
import ServiceNorms
import SiteContent
import Testing

@testable import SitePages

/// The 90-day bar: local days, half-open windows, the worst impact of each day, how long
/// and which incidents, and the availability over the 90 days.
@Suite struct OutageDayCalendarTests {
    static let clock = WallClock.amsterdam

    /// An instant from an Amsterdam wall-clock reading.
    static func at(_ year: Int, _ month: Int, _ day: Int, _ hour: Int = 0, _ minute: Int = 0) -> Date {
        clock.instant(LocalDateTime(year: year, month: month, day: day, hour: hour, minute: minute))
    }

    static func entry(
        _ position: Int, _ level: OutageDayCalendar.Level, _ windows: [ImpactWindow]
    ) -> OutageDayCalendar.Entry {
        OutageDayCalendar.Entry(position: position, level: level, windows: windows)
    }

    let calendar = OutageDayCalendar(clock: clock, moment: Moment(at(2023, 12, 20, 12)))

    /// The days with a level, as "month-day" for readable failures.
    func days(_ summary: OutageDayCalendar.Summary, _ level: OutageDayCalendar.Level) -> [String] {
        summary.days.filter { $0.level == level }.map { "\($0.date.month)-\($0.date.day)" }
    }

    @Test func barEndsOnTheReferenceDayAndSpansNinetyDays() {
        #expect(calendar.days.count == 90)
        #expect(calendar.days.last.map { "\($0)" } == "2023-12-20")
        #expect(calendar.days.first.map { "\($0)" } == "2023-09-22")
        #expect(calendar.summary(of: []).totalSeconds == 89 * 86_400 + 12 * 3_600 + 3_600, "one fall-back hour on 29 October")
    }

    @Test func aWindowMarksEveryLocalDayItTouchesWithItsDurationThatDay() {
        let summary = calendar.summary(of: [Self.entry(0, .major, [ImpactWindow(start: Self.at(2023, 12, 13, 12, 23), end: Self.at(2023, 12, 14, 15, 50))])])
        #expect(days(summary, .major) == ["12-13", "12-14"])
        let touched = summary.days.filter { $0.level == .major }
        #expect(touched.map(\.seconds) == [11 * 3_600 + 37 * 60, 15 * 3_600 + 50 * 60])
        #expect(touched.map(\.incidents) == [[0], [0]])
    }

    @Test func aWindowEndingAtMidnightDoesNotTouchTheNextDay() {
        let summary = calendar.summary(of: [Self.entry(0, .minor, [ImpactWindow(start: Self.at(2023, 12, 1, 22), end: Self.at(2023, 12, 2))])])
        #expect(days(summary, .minor) == ["12-1"])
    }

    @Test func ongoingWindowsRunToTheReferenceTimeAndFutureOnesAreLeftOut() {
        let summary = calendar.summary(of: [
            Self.entry(0, .critical, [ImpactWindow(start: Self.at(2023, 12, 19, 8), end: nil)]),
            Self.entry(1, .maintenance, [ImpactWindow(start: Self.at(2023, 12, 27, 22), end: Self.at(2023, 12, 28, 2))]),
        ])
        #expect(days(summary, .critical) == ["12-19", "12-20"])
        #expect(summary.days.last?.seconds == 12 * 3_600)
        #expect(days(summary, .maintenance).isEmpty)
    }

    @Test func theWorstImpactOfADayWinsAndItsIncidentComesFirst() {
        let summary = calendar.summary(of: [
            Self.entry(3, .minor, [ImpactWindow(start: Self.at(2023, 12, 5, 8), end: Self.at(2023, 12, 5, 12))]),
            Self.entry(4, .maintenance, [ImpactWindow(start: Self.at(2023, 12, 5, 1), end: Self.at(2023, 12, 5, 3))]),
            Self.entry(5, .critical, [ImpactWindow(start: Self.at(2023, 12, 5, 10), end: Self.at(2023, 12, 5, 14))]),
        ])
        let day = try! #require(summary.days.first { $0.date.day == 5 && $0.date.month == 12 })
        #expect(day.level == .critical)
        #expect(day.incidents == [5, 3, 4], "worst first")
        #expect(day.seconds == 2 * 3_600 + 6 * 3_600, "overlapping windows count once: 01–03 and 08–14")
    }

    @Test func windowsBeforeTheBarAreClipped() {
        let summary = calendar.summary(of: [
            Self.entry(0, .major, [ImpactWindow(start: Self.at(2023, 9, 1), end: Self.at(2023, 9, 23, 1))]),
            Self.entry(1, .maintenance, [ImpactWindow(start: Self.at(2023, 9, 23), end: Self.at(2023, 9, 24, 12))]),
        ])
        #expect(days(summary, .major) == ["9-22", "9-23"])
        #expect(days(summary, .maintenance) == ["9-24"])
        #expect(summary.days.first?.seconds == 86_400)
    }

    /// Major and critical count as unavailable, minor as degraded, maintenance as available.
    @Test func availabilityCountsMajorAndCriticalAsUnavailable() {
        let summary = calendar.summary(of: [
            Self.entry(0, .critical, [ImpactWindow(start: Self.at(2023, 12, 1, 10), end: Self.at(2023, 12, 1, 12))]),
            Self.entry(1, .major, [ImpactWindow(start: Self.at(2023, 12, 1, 11), end: Self.at(2023, 12, 1, 13))]),
            Self.entry(2, .minor, [ImpactWindow(start: Self.at(2023, 12, 2, 10), end: Self.at(2023, 12, 2, 20))]),
            Self.entry(3, .maintenance, [ImpactWindow(start: Self.at(2023, 12, 3, 0), end: Self.at(2023, 12, 4, 0))]),
        ])
        #expect(summary.unavailableSeconds == 3 * 3_600)
        #expect(summary.degradedSeconds == 10 * 3_600)
        #expect(abs(summary.availability - (1 - 10_800 / Double(summary.totalSeconds))) < 1e-12)
        #expect(PageText.availability(summary.availability, in: .nl) == "99,86 % beschikbaar")
        #expect(PageText.availability(summary.availability, in: .en) == "99.86% available")
        #expect(PageText.availability(1, in: .nl) == "100 % beschikbaar")
        #expect(PageText.availability(0.99999, in: .en) == "99.99% available", "rounded down: any downtime shows")
    }

    @Test func servicePageDaysSayWhatTheyAreInWordsAndLinkToTheIncident() throws {
        let snapshot = FixtureSite.snapshot(try FixtureSite.incidents())
        let texts = FixtureSite.texts(of: SitePages.render(snapshot, themeDirectory: nil).files)
        let orders = try #require(texts["services/orders/index.html"])
        let days = HTMLTag.scan(orders).filter { $0.name == "li" && ($0.attribute("class") ?? "").hasPrefix("day ") }
        #expect(days.count == 90)
        #expect(days.filter { $0.attribute("class") == "day day-clear" }.allSatisfy { $0.attribute("aria-hidden") == "true" })
        let links = HTMLTag.scan(orders).filter { $0.name == "a" && $0.attribute("href") == "../../incidents/2023-12-13-bestellingen/" }
        // Impact windows, not excused ones: 13-12 12:23–15:50 and 18-12 09:30–19-12 09:00, no grace.
        #expect(links.compactMap { $0.attribute("title") } == [
            "13 december 2023: gedeeltelijke storing, 3 uur 27 min",
            "18 december 2023: gedeeltelijke storing, 14 uur 30 min",
            "19 december 2023: gedeeltelijke storing, 9 uur",
        ])
        #expect(orders.contains("title=\"13 december 2023: gedeeltelijke storing, 3 uur 27 min\"></a></li>"), "the title is the link's name")
        #expect(orders.contains("Storingen of onderhoud op 3 van de afgelopen 90 dagen"))
        let english = try #require(texts["en/services/orders/index.html"])
        #expect(english.contains("title=\"12 December 2023: no incident\""))
        #expect(english.contains("title=\"13 December 2023: partial outage, 3 h 27 min\""))
    }
}
