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
        let text = "\(local.year)-\(local.month.zeroPadded())-\(local.day.zeroPadded()) \(local.hour.zeroPadded()):\(local.minute.zeroPadded())"
        let whole = LocalDateTime(year: local.year, month: local.month, day: local.day, hour: local.hour, minute: local.minute)
        guard case .exact = clock.resolve(whole) else {
            return text.replacingOccurrences(of: " ", with: "T") + RFC3339.offsetText(clock.utcOffset(at: instant))
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
}
