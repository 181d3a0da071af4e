import Foundation
import IncidentModel
import OutputEncoding
import ServiceNorms

/// Renders excused windows as iCalendar (RFC 5545), so sellers can subscribe to a norm's
/// excused periods (`excused/<norm>.ics`) or export several (`excused --format ics`).
///
/// Events are transparent (they do not make anyone busy). An ongoing window is TENTATIVE,
/// because its end is only the moment described and will move.
public enum ExcusalICalendarRenderer {
    /// One event written but for its `DTSTAMP`, which is the moment and changes at every
    /// build while the rest changes only with the window: what `storingen serve` keeps of
    /// an event from one minute to the next.
    public struct WrittenEvent: Sendable {
        /// `BEGIN:VEVENT` and the UID, the lines before the stamp.
        let head: [UInt8]
        /// The lines after the stamp, to `END:VEVENT`.
        let tail: [UInt8]
    }

    /// One calendar for one norm, the file the site publishes as `excused/<norm>.ics`.
    /// `written`: given a window and how to write its event, the event (`serve` passes
    /// one it kept when the window did not change; the norm, clock and language must be
    /// the same for every call of one cache).
    public static func calendar(
        for excusal: NormExcusal, at moment: Moment, clock: WallClock = .amsterdam, language: Language = .nl,
        written: (ExcusedWindow, () -> WrittenEvent) -> WrittenEvent = { $1() }
    ) -> String {
        String(decoding: calendarBytes(for: excusal, at: moment, clock: clock, language: language, written: written), as: UTF8.self)
    }

    /// `calendar(for:at:clock:language:written:)` as the bytes of the file.
    public static func calendarBytes(
        for excusal: NormExcusal, at moment: Moment, clock: WallClock = .amsterdam, language: Language = .nl,
        written: (ExcusedWindow, () -> WrittenEvent) -> WrittenEvent = { $1() }
    ) -> [UInt8] {
        let name = Labels(language).calendarName(for: excusal.norm.name[language])
        let events = excusal.windows.map { window in
            written(window) { event(for: window, of: excusal.norm, clock: clock, language: language) }
        }
        return bytes(name: name, events: events, at: moment)
    }

    /// One calendar for every norm of a report, events grouped by norm in report order.
    public static func calendar(for report: ExcusalReport, language: Language = .nl) -> String {
        let allEvents = report.norms.flatMap { excusal in
            excusal.windows.map { event(for: $0, of: excusal.norm, clock: report.clock, language: language) }
        }
        return String(decoding: bytes(name: Labels(language).reportCalendarName, events: allEvents, at: report.moment), as: UTF8.self)
    }

    /// How many of a window's incidents its event's description names, then how many
    /// more there are: a window merged from a forgotten "Opgelost" names thousands, a
    /// description of hundreds of kilobytes that calendar clients cut off (the full list
    /// is in the JSON and CSV). Its event is written again at every minute while it runs.
    public static let namedIncidents = 20

    /// The UID of a window's event: norm key and start in UTC. It leaves the incidents out
    /// on purpose, so a window that gains an incident stays the same event for subscribers.
    public static func uid(norm: NormKey, window: ExcusedWindow) -> String {
        "\(norm.rawValue)-\(ICalendarProperty.utcBasic(window.range.start))@storingen"
    }

    private static func bytes(name: String, events: [WrittenEvent], at moment: Moment) -> [UInt8] {
        let stamp = ICalendarWriter.lines([.utc("DTSTAMP", moment.instant)])
        return ICalendarWriter.bytes(
            .publishedCalendar(product: "Uitgezonderde servicenormen", name: name, events: []),
            then: events.lazy.map { $0.head + stamp + $0.tail })
    }

    private static func event(for window: ExcusedWindow, of norm: Norm, clock: WallClock, language: Language) -> WrittenEvent {
        let labels = Labels(language)
        let normName = norm.name[language]
        return WrittenEvent(
            head: Array("BEGIN:VEVENT\r\n".utf8) + ICalendarWriter.lines([.text("UID", uid(norm: norm.key, window: window))]),
            tail: ICalendarWriter.lines([
                .utc("DTSTART", window.range.start),
                .utc("DTEND", window.range.end),
                .text("SUMMARY", labels.summary(normName: normName, ongoing: window.ongoing)),
                .text("DESCRIPTION", labels.description(normName: normName, window: window, clock: clock)),
                ICalendarProperty(name: "STATUS", rawValue: window.ongoing ? "TENTATIVE" : "CONFIRMED"),
                ICalendarProperty(name: "TRANSP", rawValue: "TRANSPARENT"),
            ]) + Array("END:VEVENT\r\n".utf8))
    }

    /// The words of the calendar in one language.
    private struct Labels {
        let language: Language

        init(_ language: Language) { self.language = language }

        var reportCalendarName: String {
            language == .nl ? "Uitgezonderde servicenormen" : "Excused service norms"
        }

        func calendarName(for normName: String) -> String {
            language == .nl ? "Uitgezonderd: \(normName)" : "Excused: \(normName)"
        }

        func summary(normName: String, ongoing: Bool) -> String {
            switch (language, ongoing) {
            case (.nl, false): "Uitgezonderd: \(normName)"
            case (.nl, true): "Uitgezonderd: \(normName) (lopend)"
            case (.en, false): "Excused: \(normName)"
            case (.en, true): "Excused: \(normName) (ongoing)"
            }
        }

        func description(normName: String, window: ExcusedWindow, clock: WallClock) -> String {
            let span = ExcusalTextRenderer.span(window.range, in: clock)
            let more = window.incidents.count - ExcusalICalendarRenderer.namedIncidents
            let named = window.incidents.prefix(ExcusalICalendarRenderer.namedIncidents).map(\.rawValue).joined(separator: ", ")
            switch language {
            case .nl:
                let incidents = more > 0 ? "\(named) en \(more) andere" : named
                return "\(normName) telt niet mee van \(span).\nStoringen: \(incidents)"
                    + (window.ongoing ? "\nDe storing loopt nog; het einde kan later worden." : "")
            case .en:
                let incidents = more > 0 ? "\(named) and \(more) more" : named
                return "\(normName) does not count from \(span).\nIncidents: \(incidents)"
                    + (window.ongoing ? "\nThe incident is still ongoing; the end may move." : "")
            }
        }
    }
}
