import Foundation
import IncidentModel
import SourceYAML

/// Turns written timestamps into instants: infers a missing year from the incident's
/// anchor and applies Amsterdam time, refusing readings that DST skips or repeats.
public struct TimestampResolver: Sendable {
    /// Why a written timestamp has no instant, worded for the operator who wrote it.
    public enum Problem: Error, Equatable, Sendable {
        case noYear
        case impossibleDate(String)
        case impossibleTime(String)
        case unsupportedYear(Int)
        case skipped(LocalDateTime)
        case repeated(LocalDateTime, earlierOffset: Int, laterOffset: Int)

        public var message: String {
            switch self {
            case .noYear:
                return "this time has no year and the incident has neither `opened:` nor an update with a year; add `opened: YYYY-MM-DD HH:MM` to the front matter or write the year"
            case .impossibleDate(let text):
                return "\(text) does not exist on the calendar"
            case .impossibleTime(let text):
                return "\(text) is not a time of day; use 00:00 to 23:59"
            case .unsupportedYear(let year):
                let years = ParsingLimits.supportedYears
                return "year \(year) is outside \(years.lowerBound)–\(years.upperBound); check the date"
            case .skipped(let local):
                return "\(local) does not exist in Europe/Amsterdam: the clocks jump from 02:00 to 03:00 that night (summer time starts); write the time after 03:00, or give the offset explicitly, such as `\(Self.iso(local))+01:00`"
            case .repeated(let local, let earlier, let later):
                return "\(local) happens twice in Europe/Amsterdam: the clocks go back from 03:00 to 02:00 that night (summer time ends); say which with an offset: `\(Self.iso(local))\(Self.offset(earlier))` for the first, `\(Self.iso(local))\(Self.offset(later))` for the second"
            }
        }

        private static func iso(_ local: LocalDateTime) -> String {
            local.description.replacingOccurrences(of: " ", with: "T")
        }

        private static func offset(_ seconds: Int) -> String {
            let sign = seconds < 0 ? "-" : "+"
            let hours = abs(seconds) / 3_600, minutes = abs(seconds) % 3_600 / 60
            return sign + (hours < 10 ? "0" : "") + "\(hours):" + (minutes < 10 ? "0" : "") + "\(minutes)"
        }
    }

    public let clock: WallClock
    /// The instant a year-less timestamp is placed nearest to.
    public var anchor: LocalDateTime?

    public init(clock: WallClock, anchor: LocalDateTime?) {
        self.clock = clock
        self.anchor = anchor
    }

    public func resolve(_ written: WrittenTimestamp) -> Result<Date, Problem> {
        guard (0...23).contains(written.hour), (0...59).contains(written.minute), (0...59).contains(written.second) else {
            return .failure(.impossibleTime(Self.clockText(written)))
        }
        guard (1...12).contains(written.month) else {
            return .failure(.impossibleDate("month \(written.month)"))
        }
        guard (1...31).contains(written.day) else {
            return .failure(.impossibleDate(Self.dateText(written)))
        }
        let local: LocalDateTime
        if let year = written.year {
            local = written.local(in: year)
        } else {
            guard let anchor else { return .failure(.noYear) }
            let candidates = [anchor.year - 1, anchor.year, anchor.year + 1]
                .map { written.local(in: $0) }
                .filter(\.isValidDate)
            guard let nearest = candidates.min(by: {
                abs($0.secondsSinceEpochAsUTC - anchor.secondsSinceEpochAsUTC)
                    < abs($1.secondsSinceEpochAsUTC - anchor.secondsSinceEpochAsUTC)
            }) else {
                return .failure(.impossibleDate(Self.dateText(written)))
            }
            local = nearest
        }
        guard local.isValidDate else { return .failure(.impossibleDate(Self.dateText(written))) }
        guard ParsingLimits.supportedYears.contains(local.year) else { return .failure(.unsupportedYear(local.year)) }
        if let offset = written.utcOffset {
            return .success(Date(timeIntervalSince1970: TimeInterval(local.secondsSinceEpochAsUTC - offset)))
        }
        switch clock.resolve(local) {
        case .exact(let instant):
            return .success(instant)
        case .skipped:
            return .failure(.skipped(local))
        case .repeated(let earlier, let later):
            return .failure(.repeated(local, earlierOffset: clock.utcOffset(at: earlier), laterOffset: clock.utcOffset(at: later)))
        }
    }

    private static func dateText(_ written: WrittenTimestamp) -> String {
        let day = (written.day < 10 ? "0" : "") + "\(written.day)"
        let month = (written.month < 10 ? "0" : "") + "\(written.month)"
        return written.year.map { "\(day)-\(month)-\($0)" } ?? "\(day)-\(month)"
    }

    private static func clockText(_ written: WrittenTimestamp) -> String {
        "\(written.hour):" + (written.minute < 10 ? "0" : "") + "\(written.minute)"
    }
}
