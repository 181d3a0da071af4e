import Foundation
import IncidentModel

/// Answers `WallClock` questions from a precomputed table of UTC-offset transitions,
/// because grace, office hours and periods convert between instants and local readings
/// hundreds of thousands of times per build and each `WallClock` call asks ICU several times.
///
/// The answers are exactly `WallClock`'s: a reading is converted here only when no
/// transition lies within a day of it; every other reading goes to `WallClock.instant`.
struct ZoneOffsetTable: Sendable {
    /// The offsets in force during one bucket of time: `offset` from the bucket's start,
    /// then each transition's new offset from its instant on.
    private struct Bucket: Sendable {
        var offset: Int
        var transitions: [Transition]

        func offset(at seconds: Int) -> Int {
            var result = offset
            for transition in transitions where transition.instant <= seconds { result = transition.offset }
            return result
        }
    }

    private struct Transition: Sendable {
        var instant: Int
        var offset: Int
    }

    // Buckets of 2^25 s (about 388 days) hold one or two DST transitions each; the table
    // covers 1970 to 2100, and times outside it ask the time zone directly.
    private static let bucketShift = 25
    private static let coveredSeconds = 0..<4_102_444_800

    let clock: WallClock
    private let buckets: [Bucket]

    init(clock: WallClock) {
        self.clock = clock
        let zone = clock.timeZone
        let count = (Self.coveredSeconds.upperBound >> Self.bucketShift) + 1
        buckets = (0..<count).map { index in
            let start = index << Self.bucketShift
            let end = start + 1 << Self.bucketShift
            var cursor = Date(timeIntervalSince1970: TimeInterval(start))
            var bucket = Bucket(offset: zone.secondsFromGMT(for: cursor), transitions: [])
            while let next = zone.nextDaylightSavingTimeTransition(after: cursor), next.timeIntervalSince1970 < TimeInterval(end) {
                bucket.transitions.append(Transition(
                    instant: Int(next.timeIntervalSince1970.rounded(.down)), offset: zone.secondsFromGMT(for: next)))
                cursor = next
            }
            return bucket
        }
    }

    /// Seconds east of UTC at an instant given in whole seconds since 1970.
    func offset(at seconds: Int) -> Int {
        guard Self.coveredSeconds.contains(seconds) else {
            return clock.utcOffset(at: Date(timeIntervalSince1970: TimeInterval(seconds)))
        }
        return buckets[seconds >> Self.bucketShift].offset(at: seconds)
    }

    /// The wall-clock reading at an instant; the same as `WallClock.localDateTime(at:)`.
    func localDateTime(at instant: Date) -> LocalDateTime {
        let seconds = Int(instant.timeIntervalSince1970.rounded(.down))
        return LocalDateTime(secondsSinceEpochAsUTC: seconds + offset(at: seconds))
    }

    /// The instant of a reading; the same as `WallClock.instant(_:)` (later instant in an
    /// overlap, forward over a gap).
    func instant(_ local: LocalDateTime) -> Date {
        let naive = local.secondsSinceEpochAsUTC
        let offset = offset(at: naive)
        // The offsets a day either side are those `WallClock.resolve` considers; when they
        // agree and the candidate checks out, it resolves to exactly this one instant.
        if offset == self.offset(at: naive - 86_400), offset == self.offset(at: naive + 86_400),
           self.offset(at: naive - offset) == offset {
            return Date(timeIntervalSince1970: TimeInterval(naive - offset))
        }
        return clock.instant(local)
    }
}
