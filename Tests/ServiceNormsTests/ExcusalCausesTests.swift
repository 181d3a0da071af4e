import Foundation
import IncidentModel
import PropertyBased
import ServiceNorms
import Testing

/// Which incidents excuse a moment: those whose own excused window contains it, not every
/// incident merged into the window around it.
struct ExcusalCausesTests {
    @Test("the index finds exactly the windows a scan finds, at and around every edge")
    func stabbingMatchesAScan() async {
        await propertyCheck(count: 200, input: ExcusalPropertyTests.windows) { windows in
            let causes = ExcusalCauses(windows)
            // Every edge of every window, and a grid step either side.
            let steps = Set(windows.flatMap { [$0.range.start, $0.range.end] }.map(ExcusalPropertyTests.step(of:))
                .flatMap { [$0 - 1, $0, $0 + 1] })
            for step in steps {
                let instant = ExcusalPropertyTests.gridInstant(step)
                let scanned = windows.filter { $0.range.contains(instant) }
                #expect(causes.windows(containing: instant).count == scanned.count)
                #expect(Set(causes.windows(containing: instant)) == Set(scanned))
                #expect(causes.incidents(at: instant) == Array(Set(scanned.flatMap(\.incidents))).sorted { $0.rawValue < $1.rawValue })
            }
        }
    }

    /// A (Mon 10:00–11:00) and B (Tue 09:00–Thu 10:00) on orders: their graces merge them
    /// into one window of on-time delivery, but Thursday 12:00 lies in B's grace alone.
    @Test func aMomentIsExcusedByTheIncidentsThatCoverItNotByTheWholeMerge() throws {
        func incident(_ id: String, _ start: String, _ end: String) -> Incident {
            Incident(id: IncidentID(id), title: id, impact: .major, services: [ServiceKey("orders")], updates: [
                Update(instant: instant(start), status: .investigating, body: "", location: SourceLocation(path: "\(id).md", line: 6, column: 1)),
                Update(instant: instant(end), status: .resolved, body: "", location: SourceLocation(path: "\(id).md", line: 10, column: 1)),
            ], order: .oldestFirst)
        }
        let a = incident("a", "2024-12-02T10:00:00+01:00", "2024-12-02T11:00:00+01:00")
        let b = incident("b", "2024-12-03T09:00:00+01:00", "2024-12-05T10:00:00+01:00")
        let report = ExcusalEngine().report(for: [a, b], at: Moment(instant("2024-12-31T00:00:00+01:00")))
        let delivery = try #require(report.excusal(of: NormKey("on-time-delivery")))
        #expect(delivery.windows.count == 1)
        #expect(delivery.windows[0].incidents.map(\.rawValue) == ["a", "b"], "the merged window keeps every incident")
        let thursday = try #require(report.excusal(at: instant("2024-12-05T12:00:00+01:00"), norm: NormKey("on-time-delivery")))
        #expect(thursday.incidents.map(\.rawValue) == ["b"])
        #expect(thursday.range == delivery.windows[0].range, "the merged window's bounds stay")
        let tuesday = try #require(report.excusal(at: instant("2024-12-03T10:30:00+01:00"), norm: NormKey("on-time-delivery")))
        #expect(tuesday.incidents.map(\.rawValue) == ["a", "b"], "A's grace runs to Tuesday 11:00")
    }
}
