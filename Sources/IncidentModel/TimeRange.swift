import Foundation

/// A half-open span of absolute time `[start, end)`: windows touch without overlapping.
public struct TimeRange: Sendable, Hashable, Codable {
    public var start: Date
    public var end: Date

    public init(start: Date, end: Date) {
        precondition(start <= end, "a range cannot end before it starts")
        self.start = start
        self.end = end
    }

    public var duration: TimeInterval { end.timeIntervalSince(start) }
    public var isEmpty: Bool { start >= end }

    public func contains(_ instant: Date) -> Bool { start <= instant && instant < end }

    /// The part of both ranges, or nil when they share no instant.
    public func intersection(_ other: TimeRange) -> TimeRange? {
        let lower = max(start, other.start)
        let upper = min(end, other.end)
        return lower < upper ? TimeRange(start: lower, end: upper) : nil
    }

    /// Whether the ranges overlap or meet end to start, so their union is one range.
    public func overlapsOrTouches(_ other: TimeRange) -> Bool {
        start <= other.end && other.start <= end
    }
}
