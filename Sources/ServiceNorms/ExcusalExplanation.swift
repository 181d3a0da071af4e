import Foundation
import IncidentModel

/// How one impact window of one incident became excused time for a norm: what opened and
/// closed the impact, the grace added and the days it skipped, and the office hours it
/// was cut to. The steps a team shows when a seller disputes an evaluation.
public struct ImpactDerivation: Sendable, Hashable {
    public var incident: IncidentID
    /// The incident's file.
    public var path: String
    public var impact: SourcedImpactWindow
    /// The impact as excused: an ongoing window ends at the moment described.
    public var impactRange: TimeRange
    public var ongoing: Bool
    /// The norm's grace, added after a closed end.
    public var grace: Norm.Grace
    /// Where the grace ended; nil while ongoing (no grace yet) or without grace.
    public var graceEnd: Date?
    /// The days the grace did not count.
    public var skipped: [SkippedDay]
    /// Whether the norm counts office hours only, so the time was cut to them.
    public var officeHoursOnly: Bool
    /// The excused time this impact window gives the norm: oldest first and disjoint (one
    /// range, or a piece per business day of office hours).
    public var excused: [TimeRange]

    /// Where its excused time ends: the end of its last piece.
    public var end: Date? { excused.last?.end }

    /// Whether any of its excused time contains `instant`.
    public func covers(_ instant: Date) -> Bool {
        excused.contains { $0.contains(instant) }
    }

    /// The pieces of its excused time that share an instant with `range`.
    public func excused(overlapping range: TimeRange) -> [TimeRange] {
        candidates(overlapping: range).filter { $0.intersection(range) != nil }
    }

    /// Whether any of its excused time lies in `range`.
    public func hasExcusedTime(in range: TimeRange) -> Bool {
        candidates(overlapping: range).contains { $0.intersection(range) != nil }
    }

    /// Whether a piece of its excused time, not empty, lies wholly within `range`.
    public func hasExcusedPiece(within range: TimeRange) -> Bool {
        candidates(overlapping: range).contains { !$0.isEmpty && range.start <= $0.start && $0.end <= range.end }
    }

    /// The run of pieces that can share an instant with `range`, found by binary search:
    /// an office-hours incident left open for years has a piece per business day, and
    /// every period page and window of its norm asks about its own few.
    private func candidates(overlapping range: TimeRange) -> ArraySlice<TimeRange> {
        let low = excused.partitioningIndex { $0.end > range.start }
        var end = low
        while end < excused.count, excused[end].start < range.end { end += 1 }
        return excused[low..<end]
    }
}

/// One merged excused window of a norm with the derivations merged into it and the
/// evaluation periods it counts in.
public struct ExplainedWindow: Sendable, Hashable {
    public var window: ExcusedWindow
    /// Oldest first; more than one when impact windows merged (overlapping or touching).
    public var derivations: [ImpactDerivation]
    /// The periods the window counts in, with its excused seconds in each.
    public var periods: [PeriodExcusal]
}

/// Why a moment is or is not excused for a norm: the window it lies in and the
/// derivations that cover it, or the nearest windows on either side.
public struct MomentExplanation: Sendable, Hashable {
    public var norm: Norm
    public var instant: Date
    /// The window containing the instant; nil when the norm counts then.
    public var window: ExplainedWindow?
    /// The incidents whose own excused window contains the instant.
    public var covering: [IncidentID]
    /// When not excused: the last window before the instant and the first after it.
    public var before: ExplainedWindow?
    public var after: ExplainedWindow?

    public var isExcused: Bool { window != nil }
}
