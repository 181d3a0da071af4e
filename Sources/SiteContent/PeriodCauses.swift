import Foundation
import IncidentModel
import ServiceNorms

/// Which incidents' own excused windows fall in each evaluation period of each norm.
/// A merged window can chain thousands of incidents (a day of grace joins outages that
/// follow each other), so a period's page and JSON name only the incidents whose own
/// excused time lies in that period, never the whole chain.
public struct PeriodCauses: Sendable, Equatable {
    /// Per norm of the report (catalogue order), per period of that norm: the incidents'
    /// own excused windows that touch the period, in incident order (newest first).
    public let windows: [[[ExcusedWindow]]]
    /// Parallel to `windows`: the facts of the incident each window is its own, so that
    /// `serve`'s cache compares a period's causes without looking them up by id.
    public let facts: [[[IncidentFacts]]]

    init(facts: [IncidentFacts], excusal: ExcusalReport) {
        let slots = Dictionary(excusal.norms.enumerated().map { ($1.norm.key, $0) }, uniquingKeysWith: { first, _ in first })
        var windows = excusal.norms.map { [[ExcusedWindow]](repeating: [], count: $0.periods.count) }
        var owners = excusal.norms.map { [[IncidentFacts]](repeating: [], count: $0.periods.count) }
        for facts in facts {
            for own in facts.excusals {
                guard let slot = slots[own.norm.key] else { continue }
                let periods = excusal.norms[slot].periods
                for window in own.windows {
                    var index = Self.firstPeriod(endingAfter: window.range.start, in: periods)
                    while index < periods.count, periods[index].start < window.range.end {
                        windows[slot][index].append(window)
                        owners[slot][index].append(facts)
                        index += 1
                    }
                }
            }
        }
        self.windows = windows
        self.facts = owners
    }

    public static func == (lhs: PeriodCauses, rhs: PeriodCauses) -> Bool {
        lhs.windows == rhs.windows
    }

    /// The incidents whose own excused time touches `range` within a period, sorted.
    public func incidents(norm slot: Int, period: Int, touching range: TimeRange? = nil) -> [IncidentID] {
        let touching = windows[slot][period].filter { range == nil || $0.range.intersection(range!) != nil }
        return Array(Set(touching.flatMap(\.incidents))).sorted()
    }

    /// The first of the sorted, disjoint periods that ends after `instant` (binary search).
    static func firstPeriod(endingAfter instant: Date, in periods: [PeriodExcusal]) -> Int {
        var low = 0
        var high = periods.count
        while low < high {
            let middle = (low + high) / 2
            if periods[middle].end <= instant { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
