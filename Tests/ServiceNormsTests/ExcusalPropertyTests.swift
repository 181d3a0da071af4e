import Foundation
import IncidentModel
import PropertyBased
import Testing
import ServiceNorms

/// Properties of merging and periods on random windows laid on a minute grid that spans
/// the start of DST (31 March 2024) and a month and ISO-week boundary.
@Suite("Merging and periods, property-based")
struct ExcusalPropertyTests {
    /// Monday 25 March 2024 00:00 Amsterdam; the grid runs about 3 weeks from here in
    /// 5-minute steps.
    static let origin = instant("2024-03-25T00:00:00+01:00")
    static let stepSeconds = 300
    static let gridSteps = 6_000
    static let maximumLength = 600

    /// (start step, length in steps, incident number, ongoing) → a window on the grid.
    static let windows = zip(
        Gen.int(in: 0...gridSteps), Gen.int(in: 0...maximumLength), Gen.int(in: 0...5), Gen.bool
    ).map { start, length, incident, ongoing in
        ExcusedWindow(
            range: TimeRange(start: gridInstant(start), end: gridInstant(start + length)),
            incidents: [IncidentID("incident-\(incident)")], ongoing: ongoing)
    }.array(of: 0...40)

    static func gridInstant(_ step: Int) -> Date { origin.addingTimeInterval(TimeInterval(step * stepSeconds)) }
    static func step(of instant: Date) -> Int { Int(instant.timeIntervalSince(origin)) / stepSeconds }

    @Test("merged windows are sorted, disjoint and non-touching")
    func sortedDisjointNonTouching() async {
        await propertyCheck(count: 300, input: Self.windows) { windows in
            let merged = ExcusedWindowMerger.merge(windows)
            for (earlier, later) in zip(merged, merged.dropFirst()) {
                #expect(earlier.range.end < later.range.start)
            }
            #expect(merged.allSatisfy { !$0.range.isEmpty })
        }
    }

    @Test("the merged windows cover exactly the union of the inputs")
    func sameUnion() async {
        await propertyCheck(count: 300, input: Self.windows) { windows in
            let merged = ExcusedWindowMerger.merge(windows)
            // Every window starts and ends on the grid, so coverage per grid step is exact.
            // The oracle is a difference array over the inputs, independent of the merger.
            let steps = Self.gridSteps + Self.maximumLength + 1
            var delta = [Int](repeating: 0, count: steps + 1)
            for window in windows {
                delta[Self.step(of: window.range.start)] += 1
                delta[Self.step(of: window.range.end)] -= 1
            }
            var depth = 0
            var coveredSteps = 0
            var cursor = 0
            for step in 0..<steps {
                depth += delta[step]
                let t = Self.gridInstant(step)
                while cursor < merged.count, merged[cursor].range.end <= t { cursor += 1 }
                let inMerged = cursor < merged.count && merged[cursor].range.contains(t)
                #expect((depth > 0) == inMerged, "step \(step)")
                if depth > 0 { coveredSteps += 1 }
            }
            let mergedSeconds = merged.reduce(0) { $0 + $1.range.duration }
            #expect(mergedSeconds == TimeInterval(coveredSteps * Self.stepSeconds))
        }
    }

    @Test("each input lies in one merged window that names its incident and ongoing flag")
    func incidentsAndOngoingCarryOver() async {
        await propertyCheck(count: 300, input: Self.windows) { windows in
            let merged = ExcusedWindowMerger.merge(windows)
            for window in windows where !window.range.isEmpty {
                let holders = merged.filter {
                    $0.range.start <= window.range.start && window.range.end <= $0.range.end
                }
                #expect(holders.count == 1)
                #expect(holders.first?.incidents.contains(window.incidents[0]) == true)
                if window.ongoing { #expect(holders.first?.ongoing == true) }
            }
            for window in merged {
                let parts = windows.filter { !$0.range.isEmpty && window.range.intersection($0.range) != nil }
                #expect(window.incidents == Array(Set(parts.flatMap(\.incidents))).sorted())
                #expect(window.ongoing == parts.contains(where: \.ongoing))
            }
        }
    }

    @Test("a norm's period seconds sum to its windows' total duration, weeks and months alike")
    func periodsSumToTotal() async {
        let periods = PeriodCalendar()
        await propertyCheck(count: 200, input: Self.windows) { windows in
            let merged = ExcusedWindowMerger.merge(windows)
            let total = Int(merged.reduce(0) { $0 + $1.range.duration })
            for kind in [Norm.Period.isoWeek, .month] {
                let result = periods.excusal(of: merged.map(\.range), per: kind)
                #expect(result.reduce(0) { $0 + $1.excusedSeconds } == total)
                #expect(result.allSatisfy { $0.excusedSeconds > 0 })
                #expect(result.allSatisfy { TimeInterval($0.excusedSeconds) <= $0.end.timeIntervalSince($0.start) })
                #expect(zip(result, result.dropFirst()).allSatisfy { $0.end <= $1.start })
            }
        }
    }

    /// An office-hours norm gives a range per business day, and the calendar looks a
    /// period up only when a range lies beyond the last one: the result must be what
    /// walking every period from the first range to the last gives.
    @Test("period totals equal a walk over every period, for merged windows and their office hours")
    func periodsEqualAWalkOverEveryPeriod() async {
        let periods = PeriodCalendar()
        let business = BusinessCalendar()
        await propertyCheck(count: 200, input: Self.windows) { windows in
            let merged = ExcusedWindowMerger.merge(windows).map(\.range)
            for ranges in [merged, merged.flatMap(business.officeHours(in:))] {
                for kind in [Norm.Period.isoWeek, .month] {
                    let expected = Self.walk(ranges, per: kind, periods: periods)
                    #expect(periods.excusal(of: ranges, per: kind) == expected, "\(kind): \(ranges.count) ranges")
                }
            }
        }
    }

    /// Every period from the one holding the earliest start to the one holding the latest
    /// end, each with the time of every range inside it.
    static func walk(_ ranges: [TimeRange], per kind: Norm.Period, periods: PeriodCalendar) -> [PeriodExcusal] {
        guard let first = ranges.map(\.start).min(), let last = ranges.map(\.end).max() else { return [] }
        var result: [PeriodExcusal] = []
        var period = periods.period(kind, containing: first)
        while period.range.start < last {
            let inside = ranges.compactMap { period.range.intersection($0) }
            if !inside.isEmpty {
                result.append(PeriodExcusal(
                    period: period.label, start: period.range.start, end: period.range.end,
                    excusedSeconds: Int(inside.reduce(0) { $0 + $1.duration }.rounded())))
            }
            period = periods.period(kind, containing: period.range.end)
        }
        return result
    }

    /// `serve` works out the periods of an incident still open from those of the minute
    /// before: whatever the earlier ranges were, the result is what working them all out
    /// gives. Checked for a window running on (the case `serve` meets) and cut back, for
    /// windows added anywhere, and for unrelated ranges, weeks and months, office hours or not.
    @Test("periods reusing an earlier result equal periods worked out anew")
    func periodsReusingEarlierOnesEqualFreshOnes() async {
        let periods = PeriodCalendar()
        let business = BusinessCalendar()
        let input = zip(Self.windows, Self.windows, Gen.int(in: 1...2_000))
        await propertyCheck(count: 200, input: input) { earlierWindows, otherWindows, extraSteps in
            let earlier = ExcusedWindowMerger.merge(earlierWindows).map(\.range)
            var runningOn = earlier
            if let last = runningOn.last {
                runningOn[runningOn.count - 1] = TimeRange(start: last.start, end: last.end.addingTimeInterval(TimeInterval(extraSteps * Self.stepSeconds)))
            }
            let added = ExcusedWindowMerger.merge(earlierWindows + otherWindows).map(\.range)
            let unrelated = ExcusedWindowMerger.merge(otherWindows).map(\.range)
            for officeHours in [false, true] {
                let shaped = { (ranges: [TimeRange]) in officeHours ? ranges.flatMap(business.officeHours(in:)) : ranges }
                for kind in [Norm.Period.isoWeek, .month] {
                    for then in [earlier, runningOn] {
                        let before = (ranges: shaped(then), periods: periods.excusal(of: shaped(then), per: kind))
                        for now in [runningOn, added, unrelated, earlier] {
                            #expect(periods.excusal(of: shaped(now), per: kind, reusing: before) == periods.excusal(of: shaped(now), per: kind))
                        }
                    }
                }
            }
        }
    }
}
