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
    /// One calendar for one norm, the file the site publishes as `excused/<norm>.ics`.
    public static func calendar(for excusal: NormExcusal, at moment: Moment, clock: WallClock = .amsterdam,
                                language: Language = .nl) -> String {
        let name = Labels(language).calendarName(for: excusal.norm.name[language])
        return write(name: name, events: events(for: excusal, at: moment, clock: clock, language: language))
    }

    /// One calendar for every norm of a report, events grouped by norm in report order.
    public static func calendar(for report: ExcusalReport, language: Language = .nl) -> String {
        let allEvents = report.norms.flatMap {
            events(for: $0, at: report.moment, clock: report.clock, language: language)
        }
        return write(name: Labels(language).reportCalendarName, events: allEvents)
    }

    /// The UID of a window's event: norm key and start in UTC. It leaves the incidents out
    /// on purpose, so a window that gains an incident stays the same event for subscribers.
    public static func uid(norm: NormKey, window: ExcusedWindow) -> String {
        "\(norm.rawValue)-\(ICalendarProperty.utcBasic(window.range.start))@storingen"
    }

    private static func write(name: String, events: [ICalendarComponent]) -> String {
        ICalendarWriter.write(.publishedCalendar(product: "Uitgezonderde servicenormen", name: name, events: events))
    }

    private static func events(for excusal: NormExcusal, at moment: Moment, clock: WallClock, language: Language)
        -> [ICalendarComponent]
    {
        let labels = Labels(language)
        let normName = excusal.norm.name[language]
        return excusal.windows.map { window in
            ICalendarComponent("VEVENT", properties: [
                .text("UID", uid(norm: excusal.norm.key, window: window)),
                .utc("DTSTAMP", moment.instant),
                .utc("DTSTART", window.range.start),
                .utc("DTEND", window.range.end),
                .text("SUMMARY", labels.summary(normName: normName, ongoing: window.ongoing)),
                .text("DESCRIPTION", labels.description(
                    normName: normName, window: window, clock: clock)),
                ICalendarProperty(name: "STATUS", rawValue: window.ongoing ? "TENTATIVE" : "CONFIRMED"),
                ICalendarProperty(name: "TRANSP", rawValue: "TRANSPARENT"),
            ])
        }
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
            let incidents = window.incidents.map(\.rawValue).joined(separator: ", ")
            switch language {
            case .nl:
                return "\(normName) telt niet mee van \(span).\nStoringen: \(incidents)"
                    + (window.ongoing ? "\nDe storing loopt nog; het einde kan later worden." : "")
            case .en:
                return "\(normName) does not count from \(span).\nIncidents: \(incidents)"
                    + (window.ongoing ? "\nThe incident is still ongoing; the end may move." : "")
            }
        }
    }
}
