import Foundation
import IncidentModel
import ServiceNorms

/// One version of what a norm period's page and file are made of: its excused time, the
/// windows through it, the incidents behind it and, while it runs, the moment. A
/// snapshot made from another keeps the other's version of a period none of that changed
/// in, so `serve`'s cache keeps the period's files without looking at them
/// (`OutputCache.carry`): a save of one incident touches a few of thousands of periods.
public final class PeriodVersion: Sendable {
    init() {}

    /// Per norm of `excusal` and per period of it, the version of `previous` where the
    /// period is still what it was, else a new one. A period is what it was when it
    /// stands at the same place with the same excused time, the same windows through it
    /// and the very same facts behind it, and, when the moment moved, it had ended by then
    /// (a period still running shows the moment).
    static func versions(
        excusal: ExcusalReport, causes: PeriodCauses, moment: Moment, previous: SiteSnapshot?
    ) -> [[PeriodVersion]] {
        excusal.norms.indices.map { slot in
            let norm = excusal.norms[slot]
            guard let previous, slot < previous.excusal.norms.count, previous.excusal.norms[slot].norm == norm.norm else {
                return norm.periods.map { _ in PeriodVersion() }
            }
            let earlier = previous.excusal.norms[slot]
            // One comparison for a norm the change did not touch (the same windows).
            let sameWindows = earlier.windows == norm.windows
            let sameMoment = previous.moment == moment
            return norm.periods.indices.map { index in
                let period = norm.periods[index]
                guard index < earlier.periods.count, earlier.periods[index] == period,
                      sameMoment || period.end <= moment.instant,
                      Self.same(causes.facts[slot][index], previous.periodCauses.facts[slot][index])
                else { return PeriodVersion() }
                if !sameWindows {
                    let range = TimeRange(start: period.start, end: period.end)
                    guard norm.windows(overlapping: range).elementsEqual(earlier.windows(overlapping: range)) else {
                        return PeriodVersion()
                    }
                }
                return previous.periodVersions[slot][index]
            }
        }
    }

    private static func same(_ lhs: [IncidentFacts], _ rhs: [IncidentFacts]) -> Bool {
        lhs.count == rhs.count && zip(lhs, rhs).allSatisfy { $0 === $1 }
    }
}
