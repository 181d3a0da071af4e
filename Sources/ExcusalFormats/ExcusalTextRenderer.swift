import Foundation
import IncidentModel
import ServiceNorms

/// Renders a report as a plain-text table for people at a terminal (`excused`, the
/// default format): local Amsterdam times, durations, incidents and periods per norm.
public enum ExcusalTextRenderer {
    /// Every norm of the report, its windows aligned in columns, then its periods.
    public static func render(_ report: ExcusalReport, language: Language = .nl) -> String {
        let labels = Labels(language)
        let clock = report.clock
        var lines = [labels.title(asOf: "\(TimestampFormatter.local(report.moment.instant, in: clock)) "
                                  + "(\(TimestampFormatter.offset(report.moment.instant, in: clock)))")]
        for excusal in report.norms {
            lines.append("")
            lines.append("\(excusal.norm.name[language]) (\(excusal.norm.key.rawValue))")
            guard !excusal.windows.isEmpty else {
                lines.append("  " + labels.nothingExcused)
                continue
            }
            let rows = excusal.windows.map { window in
                (span: span(window.range, in: clock),
                 duration: duration(window.range.duration, language: language),
                 incidents: window.incidents.map(\.rawValue).joined(separator: ", ")
                    + (window.ongoing ? " " + labels.ongoing : ""))
            }
            let spanWidth = rows.map(\.span.count).max() ?? 0
            let durationWidth = rows.map(\.duration.count).max() ?? 0
            for row in rows {
                lines.append("  " + padded(row.span, to: spanWidth) + "  "
                             + padded(row.duration, to: durationWidth) + "  " + row.incidents)
            }
            let periods = excusal.periods.map { "\($0.period) \(duration(TimeInterval($0.excusedSeconds), language: language))" }
            lines.append("  \(labels.perPeriod): " + periods.joined(separator: ", "))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One line answering `excused --at`: whether the norm is excused at the instant,
    /// within which merged window, and by the incidents `window` names (those whose own
    /// excused window contains the instant: `NormExcusal.excuse(at:)`).
    public static func answer(norm: Norm, at instant: Date, window: ExcusedWindow?,
                              clock: WallClock = .amsterdam, language: Language = .nl) -> String {
        let name = norm.name[language]
        let moment = "\(TimestampFormatter.local(instant, in: clock)) (\(TimestampFormatter.offset(instant, in: clock)))"
        guard let window else {
            return language == .nl ? "\(name) is niet uitgezonderd op \(moment)." : "\(name) is not excused at \(moment)."
        }
        let incidents = window.incidents.map(\.rawValue).joined(separator: ", ")
        let ongoing = window.ongoing ? " " + Labels(language).ongoing : ""
        return language == .nl
            ? "\(name) is uitgezonderd op \(moment): \(span(window.range, in: clock))\(ongoing), storingen: \(incidents)."
            : "\(name) is excused at \(moment): \(span(window.range, in: clock))\(ongoing), incidents: \(incidents)."
    }

    /// `13-12-2023 12:23 – 14-12-2023 15:50 (+01:00)`, or with an offset at each end when
    /// a DST change lies between them.
    static func span(_ range: TimeRange, in clock: WallClock) -> String {
        let startOffset = TimestampFormatter.offset(range.start, in: clock)
        let endOffset = TimestampFormatter.offset(range.end, in: clock)
        let start = TimestampFormatter.local(range.start, in: clock)
        let end = TimestampFormatter.local(range.end, in: clock)
        return startOffset == endOffset
            ? "\(start) – \(end) (\(startOffset))"
            : "\(start) (\(startOffset)) – \(end) (\(endOffset))"
    }

    /// `27 u 27 min` (Dutch) or `27 h 27 min`: hours rather than days, because norms count
    /// hours; seconds only when there are any.
    static func duration(_ seconds: TimeInterval, language: Language) -> String {
        let total = Int(seconds.rounded())
        let hours = total / 3_600
        let minutes = total % 3_600 / 60
        let rest = total % 60
        var parts: [String] = []
        if hours > 0 { parts.append("\(hours) \(language == .nl ? "u" : "h")") }
        if minutes > 0 || hours == 0 { parts.append("\(minutes) min") }
        if rest > 0 { parts.append("\(rest) s") }
        return parts.joined(separator: " ")
    }

    private static func padded(_ text: String, to width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.count))
    }

    /// The words of the table in one language.
    private struct Labels {
        let language: Language

        init(_ language: Language) { self.language = language }

        func title(asOf: String) -> String {
            language == .nl ? "Uitgezonderde servicenormen, stand \(asOf)" : "Excused service norms as of \(asOf)"
        }

        var nothingExcused: String { language == .nl ? "Niets uitgezonderd." : "Nothing excused." }
        var ongoing: String { language == .nl ? "(lopend)" : "(ongoing)" }
        var perPeriod: String { language == .nl ? "Per periode" : "Per period" }
    }
}
