import Foundation
import IncidentModel
import ServiceNorms

/// One norm's merged windows laid out for a million lookups, cut into pieces over which
/// the same incidents' own windows contain every instant: a binary search over flat
/// arrays finds a row's piece, and each piece's answer (its merged window, the incidents
/// that cover it) is rendered once, however many rows fall in it.
public struct NormWindowIndex: Sendable {
    /// The norm whose windows these are.
    public let norm: NormKey
    /// The pieces, sorted, disjoint, each inside one merged window.
    private let starts: [Date]
    private let ends: [Date]
    /// Per piece: the position of its merged window in `NormExcusal.windows`.
    public let windowOfPiece: [Int]
    /// Per piece: the incidents whose own excused window covers it, sorted.
    public let incidentsOfPiece: [[IncidentID]]

    /// The index of one norm's windows.
    public init(_ excusal: NormExcusal) {
        norm = excusal.norm.key
        var starts: [Date] = [], ends: [Date] = [], windows: [Int] = [], incidents: [[IncidentID]] = []
        let causes = excusal.causes.windows
        var next = 0
        for (position, window) in excusal.windows.enumerated() {
            // A cause lies inside the one merged window its start is in.
            while next < causes.count, causes[next].range.start < window.range.start { next += 1 }
            var cuts: Set<Date> = [window.range.start, window.range.end]
            while next < causes.count, causes[next].range.start < window.range.end {
                cuts.insert(causes[next].range.start)
                cuts.insert(min(causes[next].range.end, window.range.end))
                next += 1
            }
            let bounds = cuts.sorted()
            for (lower, upper) in zip(bounds, bounds.dropFirst()) {
                let covering = excusal.causes.incidents(at: lower)
                if windows.last == position, incidents.last == covering, ends.last == lower {
                    ends[ends.count - 1] = upper
                    continue
                }
                starts.append(lower)
                ends.append(upper)
                windows.append(position)
                incidents.append(covering)
            }
        }
        self.starts = starts
        self.ends = ends
        windowOfPiece = windows
        incidentsOfPiece = incidents
    }

    /// The position of the piece containing `instant`, or nil when the norm counts then:
    /// the piece of `NormExcusal.excuse(at:)`'s answer.
    public func piece(containing instant: Date) -> Int? {
        let low = ends.partitioningIndex { $0 > instant }
        guard low < ends.count, starts[low] <= instant else { return nil }
        return low
    }
}
