import Foundation
import IncidentModel
import SiteContent
import Testing

@testable import SitePages

/// The 90-day bar: which local days an impact window touches.
@Suite struct OutageDayCalendarTests {
    static let clock = WallClock.amsterdam

    /// An instant from an Amsterdam wall-clock reading.
    static func at(_ year: Int, _ month: Int, _ day: Int, _ hour: Int = 0, _ minute: Int = 0) -> Date {
        clock.instant(LocalDateTime(year: year, month: month, day: day, hour: hour, minute: minute))
    }

    static func facts(_ windows: [ImpactWindow], kind: IncidentKind = .incident) -> (kind: IncidentKind, windows: [ImpactWindow]) {
        (kind, windows)
    }

    let calendar = OutageDayCalendar(clock: clock, asOf: at(2023, 12, 20, 12))

    /// The bar positions with a mark, as "month-day" for readable failures.
    func markedDays(_ marks: [OutageDayCalendar.Mark], _ mark: OutageDayCalendar.Mark = .incident) -> [String] {
        zip(calendar.days, marks).filter { $0.1 == mark }.map { "\($0.0.month)-\($0.0.day)" }
    }

    @Test func barEndsOnTheReferenceDayAndSpansNinetyDays() {
        #expect(calendar.days.count == 90)
        #expect(calendar.days.last.map { "\($0)" } == "2023-12-20")
        #expect(calendar.days.first.map { "\($0)" } == "2023-09-22")
    }

    @Test func windowMarksEveryLocalDayItTouches() {
        let marks = calendar.marks(for: [Self.facts([ImpactWindow(start: Self.at(2023, 12, 13, 12, 23), end: Self.at(2023, 12, 14, 15, 50))])])
        #expect(markedDays(marks) == ["12-13", "12-14"])
    }

    @Test func windowEndingAtMidnightDoesNotTouchTheNextDay() {
        let marks = calendar.marks(for: [Self.facts([ImpactWindow(start: Self.at(2023, 12, 1, 22), end: Self.at(2023, 12, 2))])])
        #expect(markedDays(marks) == ["12-1"])
    }

    @Test func ongoingWindowRunsToTheReferenceDayAndFutureWindowsAreLeftOut() {
        let marks = calendar.marks(for: [
            Self.facts([ImpactWindow(start: Self.at(2023, 12, 19, 8), end: nil)]),
            Self.facts([ImpactWindow(start: Self.at(2023, 12, 27, 22), end: Self.at(2023, 12, 28, 2))], kind: .maintenance),
        ])
        #expect(markedDays(marks) == ["12-19", "12-20"])
        #expect(markedDays(marks, .maintenance).isEmpty)
    }

    @Test func windowsBeforeTheBarAreClippedAndIncidentsOutweighMaintenance() {
        let marks = calendar.marks(for: [
            Self.facts([ImpactWindow(start: Self.at(2023, 9, 1), end: Self.at(2023, 9, 23, 1))]),
            Self.facts([ImpactWindow(start: Self.at(2023, 9, 23), end: Self.at(2023, 9, 24, 12))], kind: .maintenance),
            Self.facts([ImpactWindow(start: Self.at(2023, 10, 5, 10), end: Self.at(2023, 10, 5, 10))]),
        ])
        #expect(markedDays(marks) == ["9-22", "9-23", "10-5"])
        #expect(markedDays(marks, .maintenance) == ["9-24"])
    }

    @Test func servicePageDaysSayWhatTheyAreInWords() throws {
        let snapshot = FixtureSite.snapshot(try FixtureSite.incidents())
        let texts = FixtureSite.texts(of: SitePages.render(snapshot, themeDirectory: nil).files)
        let orders = try #require(texts["services/orders/index.html"])
        let days = HTMLTag.scan(orders).filter { $0.name == "li" && ($0.attribute("class") ?? "").hasPrefix("day ") }
        #expect(days.count == 90)
        let incidentDays = days.filter { $0.attribute("class") == "day day-incident" }.compactMap { $0.attribute("title") }
        // Impact windows, not excused ones: 13-12 12:23–15:50 and 18-12 09:30–19-12 09:00, no grace.
        #expect(incidentDays == ["13 december 2023: storing", "18 december 2023: storing", "19 december 2023: storing"])
        #expect(orders.contains("<span class=\"visually-hidden\">13 december 2023: storing</span>"))
        #expect(orders.contains("Storingen of onderhoud op 3 van de afgelopen 90 dagen"))
        let english = try #require(texts["en/services/orders/index.html"])
        #expect(english.contains("title=\"12 December 2023: no incident\""))
    }
}
