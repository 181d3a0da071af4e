import Foundation
import IncidentModel
import Testing
import ServiceNorms

@Suite("Business days")
struct BusinessCalendarTests {
    let calendar = BusinessCalendar()

    @Test("business day or not", arguments: [
        ("2023-12-15", true),  // Friday
        ("2023-12-16", false),  // Saturday
        ("2023-12-17", false),  // Sunday
        ("2023-12-25", false),  // Christmas Day, Monday
        ("2023-12-26", false),  // Second Day of Christmas
        ("2023-12-27", true),
        ("2024-03-29", false),  // Good Friday
        ("2024-04-01", false),  // Easter Monday
        ("2025-04-25", true),  // Friday before King's Day on Saturday
        ("2025-04-28", true),  // Monday after: no substitute day
        ("2025-05-05", false),  // Liberation Day, a Monday, in a year divisible by 5
        ("2024-05-06", true),  // the Monday after 5 May 2024: no Liberation Day in 2024
    ])
    func businessDay(day: String, expected: Bool) {
        #expect(calendar.isBusinessDay(date(day)) == expected)
    }

    @Test("site.yml can add a closing day and remove a holiday")
    func additionsAndRemovals() {
        let adjusted = BusinessCalendar(adding: [date("2023-12-27")], removing: [date("2023-12-26")])
        #expect(!adjusted.isBusinessDay(date("2023-12-27")))
        #expect(adjusted.isBusinessDay(date("2023-12-26")))
        #expect(adjusted.isHoliday(date("2023-12-25")))
        let names = adjusted.holidays(in: 2023).map { "\($0.date) \($0.name.en)" }
        #expect(names.contains("2023-12-27 Extra day off"))
        #expect(!names.contains { $0.hasPrefix("2023-12-26") })
        // The standard calendar is untouched by another calendar's cache.
        #expect(calendar.isBusinessDay(date("2023-12-27")))
        #expect(!calendar.isBusinessDay(date("2023-12-26")))
    }

    @Test("an added date in another year does not leak into this one")
    func additionsStayInTheirYear() {
        let adjusted = BusinessCalendar(adding: [date("2024-06-03")])
        #expect(adjusted.isBusinessDay(date("2023-06-05")))
        #expect(!adjusted.isBusinessDay(date("2024-06-03")))
    }

    @Test("LocalDate parses only valid YYYY-MM-DD", arguments: [
        ("2024-02-29", true), ("2023-02-29", false), ("2023-13-01", false),
        ("2023-1-01", false), ("2023-01-01 ", false), ("+023-01-01", false),
    ])
    func parsing(text: String, valid: Bool) {
        #expect((LocalDate(text) != nil) == valid)
    }
}
