import Foundation
import IncidentModel
import Testing
import ServiceNorms

@Suite("Office hours")
struct OfficeHoursTests {
    let calendar = BusinessCalendar()

    @Test("a range is cut to Mon–Fri 09:00–17:00 on business days", arguments: [
        // Across a weekend: Friday's last hour and Monday's first.
        (("2023-12-15T16:00:00+01:00", "2023-12-18T10:00:00+01:00"),
         [("2023-12-15T16:00:00+01:00", "2023-12-15T17:00:00+01:00"),
          ("2023-12-18T09:00:00+01:00", "2023-12-18T10:00:00+01:00")]),
        // Over Christmas 2023: Friday 22, then Wednesday 27.
        (("2023-12-22T08:00:00+01:00", "2023-12-27T12:00:00+01:00"),
         [("2023-12-22T09:00:00+01:00", "2023-12-22T17:00:00+01:00"),
          ("2023-12-27T09:00:00+01:00", "2023-12-27T12:00:00+01:00")]),
        // Only a weekend, only an evening: nothing.
        (("2023-12-16T00:00:00+01:00", "2023-12-18T00:00:00+01:00"), []),
        (("2023-12-18T17:00:00+01:00", "2023-12-19T09:00:00+01:00"), []),
        // Across the end of DST: the hours stay 09:00–17:00 local.
        (("2024-10-24T20:00:00+02:00", "2024-10-29T10:00:00+01:00"),
         [("2024-10-25T09:00:00+02:00", "2024-10-25T17:00:00+02:00"),
          ("2024-10-28T09:00:00+01:00", "2024-10-28T17:00:00+01:00"),
          ("2024-10-29T09:00:00+01:00", "2024-10-29T10:00:00+01:00")]),
    ] as [((String, String), [(String, String)])])
    func clipping(input: (String, String), expected: [(String, String)]) {
        let pieces = calendar.officeHours(in: range(input.0, input.1))
        #expect(pieces.map(describe) == expected.map { describe(range($0.0, $0.1)) })
    }

    @Test("an empty range has no office hours")
    func emptyRange() {
        let noon = instant("2023-12-18T12:00:00+01:00")
        #expect(calendar.officeHours(in: TimeRange(start: noon, end: noon)).isEmpty)
    }
}
