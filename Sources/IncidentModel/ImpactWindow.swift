import Foundation

/// A span during which an incident impaired its services. An ongoing window has no
/// end yet; it is closed at the command's moment when one is needed.
public struct ImpactWindow: Sendable, Hashable {
    public var start: Date
    /// Nil while the incident is unresolved.
    public var end: Date?

    public init(start: Date, end: Date?) {
        self.start = start
        self.end = end
    }

    public var isOngoing: Bool { end == nil }

    /// The window as a closed range: an ongoing window ends at `moment`
    /// (never before its own start).
    public func range(at moment: Moment) -> TimeRange {
        TimeRange(start: start, end: end ?? max(start, moment.instant))
    }
}
