import Foundation
import IncidentModel
import IncidentParsing

/// Writes update headings and front-matter times the way `storingen` itself reads them
/// back: `2023-12-13 12:23` in Amsterdam time, with an explicit offset only in the
/// fall-back hour, where the wall-clock reading alone would be ambiguous.
public struct HeadingWriter: Sendable {
    public let clock: WallClock

    public init(clock: WallClock = .amsterdam) {
        self.clock = clock
    }

    /// `2023-12-13 12:23`, or `2024-10-27T02:30+01:00` when that reading happens twice.
    public func timestamp(_ instant: Date) -> String {
        let local = clock.localDateTime(at: instant)
        let text = "\(local.year)-\(pad(local.month))-\(pad(local.day)) \(pad(local.hour)):\(pad(local.minute))"
        let whole = LocalDateTime(year: local.year, month: local.month, day: local.day, hour: local.hour, minute: local.minute)
        guard case .exact = clock.resolve(whole) else {
            let offset = clock.utcOffset(at: instant)
            let sign = offset < 0 ? "-" : "+"
            return text.replacingOccurrences(of: " ", with: "T") + "\(sign)\(pad(abs(offset) / 3_600)):\(pad(abs(offset) % 3_600 / 60))"
        }
        return text
    }

    /// `## 2023-12-13 12:23 — Onderzoek`.
    public func heading(at instant: Date, status: UpdateStatus, language: Language) -> String {
        "## \(timestamp(instant)) — \(StatusVocabulary.word(for: status, language: language))"
    }

    /// Whole minutes: headings carry no seconds, so an update is stamped at the minute it
    /// was written in.
    public static func truncatedToMinute(_ instant: Date) -> Date {
        Date(timeIntervalSince1970: (instant.timeIntervalSince1970 / 60).rounded(.down) * 60)
    }

    private func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
