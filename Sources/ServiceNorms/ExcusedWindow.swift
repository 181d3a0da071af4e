import Foundation
import IncidentModel

/// A span during which a norm is not held against sellers, and the incidents behind it,
/// so a seller can see why a late order did not count.
public struct ExcusedWindow: Sendable, Hashable {
    /// Half-open `[start, end)`: grace and office hours already applied.
    public var range: TimeRange
    /// The incidents whose impact windows make up this window, sorted, without duplicates.
    public var incidents: [IncidentID]
    /// Whether part of the window comes from an unresolved incident, so its end is only
    /// the build's reference time and will move.
    public var ongoing: Bool

    /// A window over `range` caused by `incidents` (kept as given; the merger sorts them).
    public init(range: TimeRange, incidents: [IncidentID], ongoing: Bool = false) {
        self.range = range
        self.incidents = incidents
        self.ongoing = ongoing
    }

    /// The window cut to `bounds`, or nil when they share no instant.
    public func clipped(to bounds: TimeRange) -> ExcusedWindow? {
        guard let inside = range.intersection(bounds) else { return nil }
        return ExcusedWindow(range: inside, incidents: incidents, ongoing: ongoing)
    }
}
