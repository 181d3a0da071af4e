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
        self.init(sorted: windows.sorted(by: Self.precedes))
    }

    /// These causes with `removed` taken out and `added` put in, in the order `init`
    /// gives: `serve` replaces an incident's few changed windows among thousands.
    public func replacing(_ removed: [ExcusedWindow], with added: [ExcusedWindow]) -> ExcusalCauses {
        var windows = windows
        for window in removed {
            let position = Self.firstPosition(notBefore: window, in: windows)
            if position < windows.count, windows[position] == window { windows.remove(at: position) }
        }
        for window in added {
            windows.insert(window, at: Self.firstPosition(notBefore: window, in: windows))
        }
        return ExcusalCauses(sorted: windows)
    }

    /// The order of `windows`: by start, then end, then incidents and whether ongoing, so
    /// that the same windows give the same order however they were gathered.
    static func precedes(_ lhs: ExcusedWindow, _ rhs: ExcusedWindow) -> Bool {
        if lhs.range.start != rhs.range.start { return lhs.range.start < rhs.range.start }
        if lhs.range.end != rhs.range.end { return lhs.range.end < rhs.range.end }
        if lhs.incidents != rhs.incidents { return lhs.incidents.lexicographicallyPrecedes(rhs.incidents) }
        return !lhs.ongoing && rhs.ongoing
    }

    /// Where `window` goes in sorted `windows`: before the first that does not precede it.
    private static func firstPosition(notBefore window: ExcusedWindow, in windows: [ExcusedWindow]) -> Int {
        windows.partitioningIndex { !precedes($0, window) }
    }

    private init(sorted: [ExcusedWindow]) {
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
