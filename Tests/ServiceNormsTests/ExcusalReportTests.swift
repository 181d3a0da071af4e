import Foundation
import IncidentModel
import Testing
import ServiceNorms

@Suite("Querying a report")
struct ExcusalReportTests {
    let report = ExcusalEngine().report(for: [SeedIncidents.orders], at: Moment(instant("2024-01-01T00:00:00+01:00")))
    let delivery = NormKey("on-time-delivery")

    @Test("is the norm excused at an instant? Half-open windows", arguments: [
        ("2023-12-13T12:22:59+01:00", nil),
        ("2023-12-13T12:23:00+01:00", "2023-12-13T12:23:00+01:00"),
        ("2023-12-14T15:49:59+01:00", "2023-12-13T12:23:00+01:00"),
        ("2023-12-14T15:50:00+01:00", nil),
        ("2023-12-16T12:00:00+01:00", nil),
        ("2023-12-19T12:00:00+01:00", "2023-12-18T09:30:00+01:00"),
        ("2023-12-20T09:00:00+01:00", nil),
    ] as [(String, String?)])
    func excusedAt(time: String, windowStart: String?) {
        let window = report.excusal(at: instant(time), norm: delivery)
        #expect(window?.range.start == windowStart.map(instant))
        if window != nil { #expect(window?.incidents == [IncidentID("2023-12-13-bestellingen")]) }
    }

    @Test("an unknown norm is never excused")
    func unknownNorm() {
        #expect(report.excusal(at: instant("2023-12-14T00:00:00+01:00"), norm: NormKey("nope")) == nil)
    }

    @Test("--from/--to keep overlapping windows, clipped, with periods measured again")
    func clipping() throws {
        let clipped = report.clipped(from: instant("2023-12-14T00:00:00+01:00"), to: instant("2023-12-19T00:00:00+01:00"))
        let excusal = try #require(clipped.excusal(of: delivery))
        #expect(excusal.windows.map { describe($0.range) } == [
            "2023-12-14T00:00:00+01:00 → 2023-12-14T15:50:00+01:00",
            "2023-12-18T09:30:00+01:00 → 2023-12-19T00:00:00+01:00",
        ])
        #expect(excusal.periods.map { "\($0.period)=\($0.excusedSeconds)" } == ["2023-W50=57000", "2023-W51=52200"])
        #expect(clipped.norms.count == report.norms.count)
    }

    @Test("one open bound, and bounds that leave nothing")
    func openAndEmptyBounds() throws {
        let later = report.clipped(from: instant("2023-12-15T00:00:00+01:00"))
        #expect(later.excusal(of: delivery)?.windows.count == 1)
        let earlier = report.clipped(to: instant("2023-12-13T12:23:00+01:00"))
        #expect(earlier.excusal(of: delivery)?.windows.isEmpty == true)
        let inverted = report.clipped(from: instant("2023-12-20T00:00:00+01:00"), to: instant("2023-12-13T00:00:00+01:00"))
        #expect(inverted.norms.allSatisfy { $0.windows.isEmpty && $0.periods.isEmpty })
    }
}
