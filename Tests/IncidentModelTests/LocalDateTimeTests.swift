import Foundation
import PropertyBased
import Testing
@testable import IncidentModel

/// The civil-date arithmetic against Foundation's Gregorian calendar as an independent oracle.
struct LocalDateTimeTests {
    static let utcCalendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    @Test func roundTripsAndAgreesWithFoundation() async {
        await propertyCheck(count: 500, input: Gen.int(in: -2_000_000_000...4_000_000_000)) { seconds in
            let local = LocalDateTime(secondsSinceEpochAsUTC: seconds)
            #expect(local.secondsSinceEpochAsUTC == seconds)
            let components = Self.utcCalendar.dateComponents(
                [.year, .month, .day, .hour, .minute, .second, .weekday],
                from: Date(timeIntervalSince1970: TimeInterval(seconds)))
            #expect(local.year == components.year && local.month == components.month && local.day == components.day)
            #expect(local.hour == components.hour && local.minute == components.minute && local.second == components.second)
            #expect(local.isoWeekday == (components.weekday! + 5) % 7 + 1)
        }
    }

    @Test(arguments: [
        (2024, 2, 29, true), (2023, 2, 29, false), (2000, 2, 29, true), (1900, 2, 29, false),
        (2023, 4, 31, false), (2023, 12, 31, true), (2023, 13, 1, false), (2023, 0, 1, false), (2023, 1, 0, false),
    ])
    func knowsWhichDatesExist(year: Int, month: Int, day: Int, valid: Bool) {
        #expect(LocalDateTime(year: year, month: month, day: day).isValidDate == valid)
    }

    @Test func describesItselfAsWrittenInIncidents() {
        #expect(LocalDateTime(year: 2023, month: 12, day: 3, hour: 9, minute: 5).description == "2023-12-03 09:05")
        #expect(LocalDateTime(year: 2023, month: 12, day: 3, hour: 9, minute: 5, second: 7).description == "2023-12-03 09:05:07")
    }
}
