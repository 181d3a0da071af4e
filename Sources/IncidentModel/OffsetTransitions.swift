import Foundation

/// A time zone's UTC offsets as a precomputed table of transitions, because converting
/// between instants and wall-clock readings happens hundreds of thousands of times per
/// build (every timestamp, grace step and period boundary) and each `TimeZone` query
/// goes through ICU. The table covers 1970–2100; other instants ask the zone directly.
final class OffsetTransitions: Sendable {
    /// The offsets in force during one bucket of time: `offset` from the bucket's start,
    /// then each transition's new offset from its instant on.
    private struct Bucket: Sendable {
        var offset: Int
        var transitions: [(instant: Int, offset: Int)]

        func offset(at seconds: Int) -> Int {
            var result = offset
            for transition in transitions where transition.instant <= seconds { result = transition.offset }
            return result
        }
    }

    // Buckets of 2^25 s (about 388 days) hold one or two DST transitions each.
    private static let bucketShift = 25
    private static let coveredSeconds = 0..<4_102_444_800

    let timeZone: TimeZone
    private let buckets: [Bucket]

    init(timeZone: TimeZone) {
        self.timeZone = timeZone
        let count = (Self.coveredSeconds.upperBound >> Self.bucketShift) + 1
        buckets = (0..<count).map { index in
            let start = index << Self.bucketShift
            let end = start + 1 << Self.bucketShift
            var cursor = Date(timeIntervalSince1970: TimeInterval(start))
            var bucket = Bucket(offset: timeZone.secondsFromGMT(for: cursor), transitions: [])
            while let next = timeZone.nextDaylightSavingTimeTransition(after: cursor), next.timeIntervalSince1970 < TimeInterval(end) {
                bucket.transitions.append((Int(next.timeIntervalSince1970.rounded(.down)), timeZone.secondsFromGMT(for: next)))
                cursor = next
            }
            return bucket
        }
    }

    /// Seconds east of UTC at an instant given in whole seconds since 1970.
    func offset(at seconds: Int) -> Int {
        guard Self.coveredSeconds.contains(seconds) else {
            return timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(seconds)))
        }
        return buckets[seconds >> Self.bucketShift].offset(at: seconds)
    }
}
