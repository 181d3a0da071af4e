import Foundation
import IncidentModel
import ServiceNorms

/// One norm's merged windows laid out for a million lookups: their starts and ends in
/// flat arrays for a binary search that touches nothing else.
public struct NormWindowIndex: Sendable {
    /// The norm whose windows these are.
    public let norm: NormKey
    /// Sorted, disjoint and non-touching, as in `NormExcusal.windows`.
    private let starts: [Date]
    private let ends: [Date]

    /// The index of one norm's windows.
    public init(_ excusal: NormExcusal) {
        norm = excusal.norm.key
        starts = excusal.windows.map(\.range.start)
        ends = excusal.windows.map(\.range.end)
    }

    /// The position of the window containing `instant`, or nil when the norm counts then:
    /// the same answer as `NormExcusal.window(containing:)`.
    public func window(containing instant: Date) -> Int? {
        var low = 0
        var high = ends.count
        while low < high {
            let middle = (low + high) / 2
            if ends[middle] <= instant { low = middle + 1 } else { high = middle }
        }
        guard low < ends.count, starts[low] <= instant else { return nil }
        return low
    }
}
