import Foundation
import IncidentModel
import ServiceNorms
import Testing
@testable import SiteContent

/// A period page names, per window row, the incidents whose own excused time touches the
/// row: each once, sorted, however many of its own windows (one per office day) lie there.
struct PeriodCausesTests {
    typealias Fixture = SnapshotUpdateTests

    /// The rule as it reads: the incidents of the touching windows, as a set, sorted.
    static func expected(_ causes: PeriodCauses, norm slot: Int, period: Int, touching range: TimeRange?) -> [IncidentID] {
        let touching = causes.windows[slot][period].filter { range == nil || $0.range.intersection(range!) != nil }
        return Array(Set(touching.flatMap(\.incidents))).sorted()
    }

    @Test func eachRowNamesItsIncidentsOnceInOrder() {
        let snapshot = SiteSnapshot(
            configuration: Fixture.configuration, incidents: Fixture.incidents(), moment: Moment(SiteContentTests.asOf))
        let causes = snapshot.periodCauses
        var periodsWithRepeats = 0
        var rowsAsked = 0
        for (slot, norm) in snapshot.excusal.norms.enumerated() {
            for (index, period) in norm.periods.enumerated() {
                let own = causes.windows[slot][index].flatMap(\.incidents)
                if Set(own).count < own.count { periodsWithRepeats += 1 }
                let bounds = TimeRange(start: period.start, end: period.end)
                #expect(causes.incidents(norm: slot, period: index) == Self.expected(causes, norm: slot, period: index, touching: nil))
                for window in norm.windows(overlapping: bounds) {
                    guard let part = window.clipped(to: bounds) else { continue }
                    rowsAsked += 1
                    #expect(causes.incidents(norm: slot, period: index, touching: part.range)
                                == Self.expected(causes, norm: slot, period: index, touching: part.range))
                }
            }
        }
        // The fixture must exercise what the rule is about: repeats, rows to ask, and
        // incidents whose order on the site (newest first) is not their ids' order.
        #expect(periodsWithRepeats > 0)
        #expect(snapshot.facts.map(\.id) != snapshot.facts.map(\.id).sorted())
        #expect(rowsAsked > 10)
    }
}
