import Foundation
import IncidentModel

/// The incidents' own excused windows of one norm (grace and office hours applied, not
/// merged with other incidents'), indexed to find the ones that contain an instant.
///
/// A merged window names every incident merged into it, which says nothing about one
/// moment: one incident whose resolution was forgotten can merge years of later outages
/// into a single window. The answer to "why was this moment excused?" names the incidents
/// whose own window contains it, and costs time in proportion to those, not to the
/// merged window.
public struct ExcusalCauses: Sendable, Hashable {
    /// Sorted by start, then end.
    public let windows: [ExcusedWindow]
    /// An interval tree laid over `windows`: the node of the slice `low...high` is its
    /// middle element, and `latestEnd[middle]` is the latest end within that slice, so a
    /// query skips every slice that ends before the instant.
    private let latestEnd: [Date]

    public init(_ windows: [ExcusedWindow]) {
        let sorted = windows.sorted { lhs, rhs in
            lhs.range.start != rhs.range.start ? lhs.range.start < rhs.range.start : lhs.range.end < rhs.range.end
        }
        self.windows = sorted
        var latest = [Date](repeating: .distantPast, count: sorted.count)
        func fill(_ low: Int, _ high: Int) -> Date {
            guard low <= high else { return .distantPast }
            let middle = (low + high) / 2
            latest[middle] = max(sorted[middle].range.end, fill(low, middle - 1), fill(middle + 1, high))
            return latest[middle]
        }
        _ = fill(0, sorted.count - 1)
        latestEnd = latest
    }

    /// The windows that contain `instant` (half-open), in order of start.
    public func windows(containing instant: Date) -> [ExcusedWindow] {
        var found: [ExcusedWindow] = []
        func visit(_ low: Int, _ high: Int) {
            guard low <= high else { return }
            let middle = (low + high) / 2
            guard latestEnd[middle] > instant else { return }
            visit(low, middle - 1)
            guard windows[middle].range.start <= instant else { return }
            if windows[middle].range.contains(instant) { found.append(windows[middle]) }
            visit(middle + 1, high)
        }
        visit(0, windows.count - 1)
        return found
    }

    /// The incidents whose own excused window contains `instant`, sorted, each once.
    public func incidents(at instant: Date) -> [IncidentID] {
        Array(Set(windows(containing: instant).flatMap(\.incidents))).sorted { $0.rawValue < $1.rawValue }
    }
}
