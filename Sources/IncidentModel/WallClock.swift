import Foundation

/// Converts between absolute instants and wall-clock readings in one time zone, and
/// says plainly when a reading falls in a DST gap or overlap instead of guessing.
public struct WallClock: Sendable, Hashable {
    /// How a wall-clock reading maps to instants.
    public enum Resolution: Sendable, Hashable {
        /// Exactly one instant has this reading.
        case exact(Date)
        /// The clocks jumped over this reading (spring forward): no instant has it.
        case skipped
        /// The clocks showed this reading twice (fall back): the earlier and the later instant.
        case repeated(earlier: Date, later: Date)
    }

    public let timeZone: TimeZone
    /// Whether this is UTC itself (under any of its names), whose instants RFC 3339
    /// writes with `Z` rather than `+00:00`.
    public let isUTC: Bool
    private let transitions: OffsetTransitions

    /// A clock for `timeZone`; building one precomputes its offsets (about 1 ms), so keep it.
    public init(timeZone: TimeZone) {
        self.timeZone = timeZone
        isUTC = Self.utcNames.contains(timeZone.identifier)
        self.transitions = OffsetTransitions(timeZone: timeZone)
    }

    public static func == (lhs: WallClock, rhs: WallClock) -> Bool {
        lhs.timeZone.identifier == rhs.timeZone.identifier
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(timeZone.identifier)
    }

    private static let utcNames: Set<String> = ["UTC", "GMT", "Etc/UTC", "Etc/GMT", "Etc/Universal", "Etc/Zulu", "Universal", "Zulu"]

    /// The time zone of the service norms and of every wall-clock time in an incident.
    public static let amsterdam = WallClock(timeZone: TimeZone(identifier: "Europe/Amsterdam")!)

    /// The instants that show `local` on this zone's clocks.
    public func resolve(_ local: LocalDateTime) -> Resolution {
        let naive = local.secondsSinceEpochAsUTC
        // The offsets in force a day either side cover every offset that can apply; an
        // offset fits when the instant it gives really has that offset.
        var earliest: Int?
        var latest: Int?
        for candidate in [offset(at: naive - 86_400), offset(at: naive), offset(at: naive + 86_400)]
        where offset(at: naive - candidate) == candidate {
            earliest = min(earliest ?? (naive - candidate), naive - candidate)
            latest = max(latest ?? (naive - candidate), naive - candidate)
        }
        guard let earliest, let latest else { return .skipped }
        if earliest == latest { return .exact(Date(timeIntervalSince1970: TimeInterval(earliest))) }
        return .repeated(
            earlier: Date(timeIntervalSince1970: TimeInterval(earliest)),
            later: Date(timeIntervalSince1970: TimeInterval(latest)))
    }

    /// The instant of a reading, choosing the later instant in an overlap and moving
    /// forward over a gap; for calendar arithmetic (grace, periods), never for input.
    public func instant(_ local: LocalDateTime) -> Date {
        switch resolve(local) {
        case .exact(let date): return date
        case .repeated(_, let later): return later
        case .skipped:
            let before = offset(at: local.secondsSinceEpochAsUTC - 86_400)
            return Date(timeIntervalSince1970: TimeInterval(local.secondsSinceEpochAsUTC - before))
        }
    }

    /// The wall-clock reading at an instant.
    public func localDateTime(at instant: Date) -> LocalDateTime {
        let seconds = Int(instant.timeIntervalSince1970.rounded(.down))
        return LocalDateTime(secondsSinceEpochAsUTC: seconds + offset(at: seconds))
    }

    /// Seconds east of UTC in force at an instant.
    public func utcOffset(at instant: Date) -> Int {
        transitions.offset(at: Int(instant.timeIntervalSince1970.rounded(.down)))
    }

    private func offset(at seconds: Int) -> Int {
        transitions.offset(at: seconds)
    }
}
