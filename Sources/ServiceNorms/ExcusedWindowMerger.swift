import Foundation
import IncidentModel

/// Merges a norm's excused windows that overlap or touch, so that each excused stretch
/// is reported once with every incident behind it.
public enum ExcusedWindowMerger {
    /// Sorted, disjoint, non-touching windows covering exactly the non-empty inputs.
    ///
    /// A merged window lists the sorted union of its parts' incidents and is ongoing when
    /// any part is. Empty windows cover no instant and are dropped, so they never attach
    /// an incident to a neighbour. Sort then sweep: O(n log n).
    public static func merge(_ windows: [ExcusedWindow]) -> [ExcusedWindow] {
        // Sorting positions rather than windows avoids reference counting on every swap.
        let order = windows.indices
            .filter { !windows[$0].range.isEmpty }
            .sorted { windows[$0].range.start < windows[$1].range.start }
        guard let first = order.first else { return [] }
        var merged: [ExcusedWindow] = []
        // The window being grown lives in locals: growing a copy inside `merged` while
        // another reference to its incident list exists would copy that list every time.
        var start = windows[first].range.start
        var end = windows[first].range.end
        var incidents: [IncidentID] = []
        var ongoing = false
        for index in order {
            let window = windows[index]
            if window.range.start > end {
                merged.append(ExcusedWindow(
                    range: TimeRange(start: start, end: end), incidents: sortedUnique(incidents), ongoing: ongoing))
                start = window.range.start
                end = window.range.end
                incidents.removeAll(keepingCapacity: true)
                ongoing = false
            }
            end = max(end, window.range.end)
            incidents += window.incidents
            ongoing = ongoing || window.ongoing
        }
        merged.append(ExcusedWindow(
            range: TimeRange(start: start, end: end), incidents: sortedUnique(incidents), ongoing: ongoing))
        return merged
    }

    /// `merge(parts + added)`, given `merged == merge(parts)`: only the windows `added`
    /// overlaps or touches are merged again, with it. A window still running (a forgotten
    /// "Opgelost") grows at every minute of `storingen serve` by a piece at its end, among
    /// thousands of windows that stay as they were.
    public static func merge(_ added: [ExcusedWindow], into merged: [ExcusedWindow]) -> [ExcusedWindow] {
        let added = added.filter { !$0.range.isEmpty }
        guard !added.isEmpty else { return merged }
        var touched = Set<Int>()
        for piece in added {
            // The first window that ends at or after the piece's start, then every one
            // that starts at or before its end (touching windows merge).
            var low = merged.partitioningIndex { $0.range.end >= piece.range.start }
            while low < merged.count, merged[low].range.start <= piece.range.end {
                touched.insert(low)
                low += 1
            }
        }
        let remerged = merge(touched.map { merged[$0] } + added)
        let kept = merged.indices.lazy.filter { !touched.contains($0) }.map { merged[$0] }
        return (Array(kept) + remerged).sorted { $0.range.start < $1.range.start }
    }

    /// The identifiers sorted without duplicates; most windows have one, already in order.
    private static func sortedUnique(_ ids: [IncidentID]) -> [IncidentID] {
        if zip(ids, ids.dropFirst()).allSatisfy({ $0 < $1 }) { return ids }
        var result: [IncidentID] = []
        for id in ids.sorted() where result.last != id { result.append(id) }
        return result
    }
}
