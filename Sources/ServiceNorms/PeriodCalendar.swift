import Foundation
import IncidentModel

/// Finds the local evaluation periods (ISO weeks, months) that excused time falls in
/// and measures it there, because a seller's score is computed per period.
public struct PeriodCalendar: Sendable {
    /// The clock whose midnights delimit the periods.
    public let clock: WallClock

    /// A period calendar on `clock` (default: Amsterdam).
    public init(clock: WallClock = .amsterdam) {
        self.clock = clock
    }

    /// The period of the given kind that contains an instant.
    public func period(_ kind: Norm.Period, containing instant: Date) -> EvaluationPeriod {
        let date = LocalDate(clock.localDateTime(at: instant))
        switch kind {
        case .isoWeek:
            let week = ISOWeek(containing: date)
            return EvaluationPeriod(
                label: week.description,
                range: TimeRange(start: start(of: week.monday), end: start(of: week.monday.adding(days: 7))))
        case .month:
            let first = LocalDate(year: date.year, month: date.month, day: 1)
            let next = date.month == 12
                ? LocalDate(year: date.year + 1, month: 1, day: 1)
                : LocalDate(year: date.year, month: date.month + 1, day: 1)
            return EvaluationPeriod(
                label: "\(date.year.zeroPadded(4))-\(date.month.zeroPadded())",
                range: TimeRange(start: start(of: first), end: start(of: next)))
        }
    }

    /// The periods that disjoint `ranges` touch, sorted by start, with the real elapsed
    /// time of the ranges inside each, rounded to whole seconds.
    ///
    /// Periods the ranges only meet at a boundary, or that hold none of their time, are
    /// left out.
    public func excusal(of ranges: [TimeRange], per kind: Norm.Period) -> [PeriodExcusal] {
        var totals: [(period: EvaluationPeriod, seconds: TimeInterval)] = []
        // The period the last range ended in: an office-hours norm has a range per business
        // day, five to a week, and an incident left open for years thousands of them, so
        // the next range's period is looked up only when it lies beyond this one.
        var current: EvaluationPeriod?
        for range in ranges.sorted(by: { $0.start < $1.start }) where !range.isEmpty {
            var period = current.flatMap { $0.range.start <= range.start && range.start < $0.range.end ? $0 : nil }
                ?? period(kind, containing: range.start)
            while true {
                if let inside = period.range.intersection(range) {
                    if let last = totals.last, last.period == period {
                        totals[totals.count - 1].seconds += inside.duration
                    } else {
                        totals.append((period, inside.duration))
                    }
                }
                guard period.range.end < range.end else { break }
                period = self.period(kind, containing: period.range.end)
            }
            current = period
        }
        return totals.map { total in
            PeriodExcusal(
                period: total.period.label, start: total.period.range.start, end: total.period.range.end,
                excusedSeconds: Int(total.seconds.rounded()))
        }
    }

    /// `excusal(of: ranges, per: kind)`, given `earlier`: the periods of other ranges.
    /// Periods that end before the ranges first differ hold the same time, so only the
    /// rest is worked out: an incident left open for years runs to the moment through
    /// hundreds of periods, and `serve` asks at every minute, when only the last changed.
    public func excusal(
        of ranges: [TimeRange], per kind: Norm.Period, reusing earlier: (ranges: [TimeRange], periods: [PeriodExcusal])
    ) -> [PeriodExcusal] {
        let new = Self.sorted(ranges)
        let old = Self.sorted(earlier.ranges)
        var same = 0
        while same < new.count, same < old.count, new[same] == old[same] { same += 1 }
        // The first instant the two differ at: where the first differing pair parts (a
        // window running on from years ago parts only at its old end), or where a range
        // after it starts.
        var parting = [new.dropFirst(same + 1).first?.start, old.dropFirst(same + 1).first?.start]
        switch (new.dropFirst(same).first, old.dropFirst(same).first) {
        case let (newer?, older?): parting.append(newer.start == older.start ? min(newer.end, older.end) : min(newer.start, older.start))
        case let (only?, nil), let (nil, only?): parting.append(only.start)
        case (nil, nil): return earlier.periods
        }
        let firstChange = parting.compactMap(\.self).min()!
        // Ranges that run past the boundary have their time after it counted again.
        let boundary = period(kind, containing: firstChange).range.start
        let after = TimeRange(start: boundary, end: max(boundary, new.map(\.end).max() ?? boundary))
        let kept = earlier.periods.prefix { $0.end <= boundary }
        return kept + excusal(of: new.compactMap { $0.intersection(after) }, per: kind)
    }

    /// The ranges that hold time, by start.
    private static func sorted(_ ranges: [TimeRange]) -> [TimeRange] {
        ranges.filter { !$0.isEmpty }.sorted { $0.start < $1.start }
    }

    private func start(of date: LocalDate) -> Date {
        clock.instant(date.midnight)
    }
}
