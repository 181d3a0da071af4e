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

    public init(timeZone: TimeZone) {
        self.timeZone = timeZone
    }

    /// The time zone of the service norms and of every wall-clock time in an incident.
    public static let amsterdam = WallClock(timeZone: TimeZone(identifier: "Europe/Amsterdam")!)

    /// The instants that show `local` on this zone's clocks.
    public func resolve(_ local: LocalDateTime) -> Resolution {
        let naive = local.secondsSinceEpochAsUTC
        // The offsets in force a day either side cover every offset that can apply.
        let candidates = Set([-86_400, 0, 86_400].map { offset(at: naive + $0) })
        let instants = candidates
            .map { naive - $0 }
            .filter { offset(at: $0) == naive - $0 }
            .sorted()
        switch instants.count {
        case 0: return .skipped
        case 1: return .exact(Date(timeIntervalSince1970: TimeInterval(instants[0])))
        default:
            return .repeated(
                earlier: Date(timeIntervalSince1970: TimeInterval(instants[0])),
                later: Date(timeIntervalSince1970: TimeInterval(instants[instants.count - 1])))
        }
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
        timeZone.secondsFromGMT(for: instant)
    }

    private func offset(at seconds: Int) -> Int {
        timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(seconds)))
    }
}
