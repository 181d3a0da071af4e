import Foundation
import IncidentModel

/// Everything one norm is excused for: its merged windows and the evaluation periods
/// they touch, the unit of the JSON API, the CSV rows and one iCalendar file.
public struct NormExcusal: Sendable, Hashable {
    /// The norm as the catalogue defines it (key, names, period, grace).
    public var norm: Norm
    /// Sorted, disjoint and non-touching.
    public var windows: [ExcusedWindow]
    /// The periods the windows touch, sorted by start, with the excused time in each.
    public var periods: [PeriodExcusal]
    /// Each incident's own excused windows, which merged into `windows`: what names the
    /// incidents behind one moment.
    public var causes: ExcusalCauses

    /// A norm with its already merged windows, their periods, and the incidents' own
    /// windows they were merged from (by default the windows themselves, for windows that
    /// each have their own incidents: one incident's, or a test's).
    public init(norm: Norm, windows: [ExcusedWindow], periods: [PeriodExcusal], causes: ExcusalCauses? = nil) {
        self.norm = norm
        self.windows = windows
        self.periods = periods
        self.causes = causes ?? ExcusalCauses(windows)
    }

    /// The total excused time, in real elapsed seconds.
    public var excusedSeconds: TimeInterval {
        windows.reduce(0) { $0 + $1.range.duration }
    }

    /// The windows that share an instant with `range`, in order (binary search: a page of
    /// one period must not scan every window of the norm).
    public func windows(overlapping range: TimeRange) -> ArraySlice<ExcusedWindow> {
        let low = windows.partitioningIndex { $0.range.end > range.start }
        var end = low
        while end < windows.count, windows[end].range.start < range.end { end += 1 }
        return windows[low..<end].drop { $0.range.intersection(range) == nil }
    }

    /// Why the norm is excused at `instant`: the merged window containing it, naming only
    /// the incidents whose own excused window contains the instant (not every incident
    /// merged into the window); nil when the norm counts then.
    public func excuse(at instant: Date) -> ExcusedWindow? {
        guard var window = window(containing: instant) else { return nil }
        window.incidents = causes.incidents(at: instant)
        return window
    }

    /// The window containing `instant`, if the norm is excused then (binary search, since
    /// the windows are sorted and disjoint).
    public func window(containing instant: Date) -> ExcusedWindow? {
        let low = windows.partitioningIndex { $0.range.end > instant }
        guard low < windows.count, windows[low].range.contains(instant) else { return nil }
        return windows[low]
    }
}
