import Foundation
import IncidentModel

extension ExcusalEngine {
    /// One incident's excusals before and after an edit or a new moment (empty for an
    /// incident added or gone).
    public struct ExcusalChange: Sendable {
        public var old: [NormExcusal]
        public var new: [NormExcusal]

        public init(old: [NormExcusal], new: [NormExcusal]) {
            self.old = old
            self.new = new
        }
    }

    /// `report(mergingExcusalsOf:at:)` of the incidents `previous` was merged of, with
    /// `changes` made: the norms no change touches are kept, and in the others only the
    /// windows the changed pieces overlap are merged again, the periods worked out from
    /// the first that differs, the causes replaced. That holds while the changes only
    /// grow what was excused (every piece that goes is covered by one that comes, of the
    /// same incidents): an unresolved incident at a new minute of `storingen serve`, a new
    /// incident, a later "Opgelost". Otherwise nil, and the caller merges everything.
    public func report(updating previous: ExcusalReport, with changes: [ExcusalChange], at moment: Moment) -> ExcusalReport? {
        guard previous.norms.map(\.norm) == catalogue.norms else { return nil }
        var norms = previous.norms
        for (slot, norm) in catalogue.norms.enumerated() {
            var removed: [ExcusedWindow] = []
            var added: [ExcusedWindow] = []
            for change in changes {
                let before = change.old.first { $0.norm.key == norm.key }?.windows ?? []
                let after = change.new.first { $0.norm.key == norm.key }?.windows ?? []
                guard let growth = Self.growth(from: before, to: after) else { return nil }
                removed += growth.removed
                added += growth.added
            }
            guard !removed.isEmpty || !added.isEmpty else { continue }
            let earlier = norms[slot]
            let merged = ExcusedWindowMerger.merge(added, into: earlier.windows)
            norms[slot] = NormExcusal(
                norm: norm, windows: merged,
                periods: periods.excusal(
                    of: merged.map(\.range), per: norm.period, reusing: (earlier.windows.map(\.range), earlier.periods)),
                causes: earlier.causes.replacing(removed, with: added))
        }
        return ExcusalReport(moment: moment, clock: calendar.clock, norms: norms)
    }

    /// The windows of one incident's excusal of one norm that went and came, when every
    /// one that went is covered by one that came (same or more time, incidents, and
    /// ongoing if it was): then merging what came into the merged windows gives what
    /// merging everything again would. Nil otherwise. Both lists are sorted by start.
    static func growth(from before: [ExcusedWindow], to after: [ExcusedWindow]) -> (removed: [ExcusedWindow], added: [ExcusedWindow])? {
        var removed: [ExcusedWindow] = []
        var added: [ExcusedWindow] = []
        var old = 0
        var new = 0
        while old < before.count || new < after.count {
            if old < before.count, new < after.count, before[old] == after[new] {
                old += 1
                new += 1
            } else if new == after.count || (old < before.count && before[old].range.start <= after[new].range.start) {
                removed.append(before[old])
                old += 1
            } else {
                added.append(after[new])
                new += 1
            }
        }
        let covered = removed.allSatisfy { gone in
            gone.range.isEmpty || added.contains { came in
                came.range.start <= gone.range.start && gone.range.end <= came.range.end
                    && (came.ongoing || !gone.ongoing) && Set(gone.incidents).isSubset(of: came.incidents)
            }
        }
        return covered ? (removed, added) : nil
    }
}
