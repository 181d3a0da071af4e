import Foundation
import IncidentModel
import ServiceNorms
import Testing
@testable import Pipeline

/// A norm's calendar states the moment only in its events' `DTSTAMP`, so `serve` makes
/// it again at a new minute only when it has events.
struct CalendarInputsTests {
    static let norm = Catalogue.standard.norms[0]
    static let moment = Moment(Date(timeIntervalSince1970: 1_764_590_400))
    static let minuteLater = Moment(moment.instant.addingTimeInterval(60))

    @Test func aCalendarWithoutEventsIsTheSameAtEveryMinute() {
        let empty = NormExcusal(norm: Self.norm, windows: [], periods: [])
        #expect(CalendarInputs(excusal: empty, moment: Self.moment) == CalendarInputs(excusal: empty, moment: Self.minuteLater))
    }

    @Test func aCalendarWithEventsIsStampedWithTheMinute() {
        let window = ExcusedWindow(
            range: TimeRange(start: Self.moment.instant.addingTimeInterval(-3_600), end: Self.moment.instant.addingTimeInterval(-60)),
            incidents: [IncidentID("storing")])
        let excusal = NormExcusal(norm: Self.norm, windows: [window], periods: [])
        #expect(CalendarInputs(excusal: excusal, moment: Self.moment) != CalendarInputs(excusal: excusal, moment: Self.minuteLater))
        #expect(CalendarInputs(excusal: excusal, moment: Self.moment) == CalendarInputs(excusal: excusal, moment: Self.moment))
    }
}
