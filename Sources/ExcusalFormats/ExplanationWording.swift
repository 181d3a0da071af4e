import Foundation
import IncidentModel
import ServiceNorms

/// A piece of an explanation's sentence: words, a moment (which the terminal shows as
/// local time and a page wraps in `<time>`), or an incident (a page links it).
public enum ExplanationPiece: Sendable, Hashable {
    case text(String)
    case time(Date)
    /// Where an ongoing window or an unresolved impact ends: the moment described (for
    /// office hours, the last office-hours end before it), which moves with that moment.
    /// A page can state it as the moment rather than as a fixed time.
    case ongoingEnd(Date)
    case incident(IncidentID)
}

/// One line of an explanation.
public typealias ExplanationLine = [ExplanationPiece]

/// The words of an explanation in Dutch or English, as lines of pieces, so the command
/// line and the period pages say the same: per window the incidents behind it, what
/// opened and closed each impact (with `path:line`), the grace and the days it skipped,
/// office hours, the merge and the periods; for a moment, which incidents cover it or why
/// it falls outside the nearest windows.
public struct ExplanationWording: Sendable {
    public let language: Language
    public let clock: WallClock
    /// Whether an update is cited by `path:line` (the command line, for the team) or by its
    /// status alone (the site, whose pages must not change when a file's lines move).
    public let citingLines: Bool
    private var nl: Bool { language == .nl }

    public init(language: Language = .nl, clock: WallClock = .amsterdam, citingLines: Bool = true) {
        self.language = language
        self.clock = clock
        self.citingLines = citingLines
    }

    /// The first line about a moment: excused or not.
    public func verdict(_ explanation: MomentExplanation) -> ExplanationLine {
        let name = explanation.norm.name[language]
        let offset = TimestampFormatter.offset(explanation.instant, in: clock)
        return explanation.isExcused
            ? [.text(nl ? "\(name) is uitgezonderd op " : "\(name) is excused at "), .time(explanation.instant), .text(" (\(offset)).")]
            : [.text(nl ? "\(name) is niet uitgezonderd op " : "\(name) is not excused at "), .time(explanation.instant), .text(" (\(offset)).")]
    }

    /// The last line about an excused moment: the incidents that cover it.
    public func covering(_ incidents: [IncidentID]) -> ExplanationLine {
        [.text(nl ? "Dit moment valt in het eigen uitgezonderde venster van: " : "This moment lies in the own excused window of: ")]
            + joined(incidents.map { .incident($0) }) + [.text(".")]
    }

    /// Why a moment lies after the window before it.
    public func previous(_ window: ExplainedWindow) -> ExplanationLine {
        [.text(nl ? "Het vorige venster eindigde " : "The previous window ended "), .time(window.window.range.end), .text(": ")]
            + reasonForEnd(window) + [.text(".")]
    }

    /// The start of the window after a moment.
    public func next(_ window: ExplainedWindow) -> ExplanationLine {
        [.text(nl ? "Het volgende venster begint " : "The next window starts "), .time(window.window.range.start), .text(".")]
    }

    public var noEarlierWindow: ExplanationLine { [.text(nl ? "Er is geen eerder venster." : "There is no earlier window.")] }
    public var noLaterWindow: ExplanationLine { [.text(nl ? "Er is geen later venster." : "There is no later window.")] }
    public var nothingExcused: ExplanationLine { [.text(nl ? "Niets uitgezonderd." : "Nothing excused.")] }

    /// The title of a norm's explained windows.
    public func title(_ norm: Norm, moment: Moment) -> ExplanationLine {
        [.text(nl ? "Uitgezonderde vensters van \(norm.name[language]), stand " : "Excused windows of \(norm.name[language]) as of "),
         .time(moment.instant)]
    }

    /// The norm's rule in one sentence: which services excuse it (by `serviceNames`, in
    /// the norm's order), its grace, office hours.
    public func rules(_ norm: Norm, serviceNames: [String]) -> ExplanationLine {
        let services = serviceNames.joined(separator: ", ")
        let office = norm.officeHoursOnly
            ? (nl ? "; alleen kantooruren (ma–vr 09:00–17:00 op werkdagen)" : "; office hours only (Mon–Fri 09:00–17:00 on business days)") : ""
        return [.text(nl ? "Uitgezonderd bij storingen van: \(services.isEmpty ? "geen dienst" : services); uitloop: \(grace(norm.grace))\(office)."
                         : "Excused by outages of: \(services.isEmpty ? "no service" : services); grace: \(grace(norm.grace))\(office).")]
    }

    /// A merged window's summary: its bounds, whether it is ongoing or merged, and the
    /// periods it counts in.
    public func summary(_ explained: ExplainedWindow) -> ExplanationLine {
        let window = explained.window
        var line: ExplanationLine = [.text(nl ? "Venster " : "Window "), .time(window.range.start), .text(" – "),
                                     window.ongoing ? .ongoingEnd(window.range.end) : .time(window.range.end)]
        if window.ongoing { line.append(.text(nl ? ", lopend" : ", ongoing")) }
        let incidents = window.incidents.count
        if incidents > 1 {
            line.append(.text(nl ? ", samengevoegd uit de vensters van \(incidents) storingen die overlappen of aansluiten"
                                 : ", merged from the windows of \(incidents) incidents that overlap or touch"))
        } else if explained.derivations.count > 1 {
            line.append(.text(nl ? ", samengevoegd uit \(explained.derivations.count) vensters die overlappen of aansluiten"
                                 : ", merged from \(explained.derivations.count) windows that overlap or touch"))
        }
        let periods = shortened(explained.periods.map {
            "\($0.period) (\(ExcusalTextRenderer.duration(TimeInterval($0.excusedSeconds), language: language)))"
        }, unit: nl ? "perioden" : "periods")
        line.append(.text((nl ? "; telt in " : "; counts in ") + periods.joined(separator: ", ") + "."))
        return line
    }

    /// At most `shown` items: a window or an impact of years would list hundreds of
    /// periods or office-hour pieces, so the first and last few stand for them, with how
    /// many were left out between.
    func shortened<Item>(_ items: [Item], shown: Int = 6, unit: String, gap: (String) -> Item) -> [Item] {
        guard items.count > shown else { return items }
        let left = items.count - shown
        return Array(items.prefix(shown / 2)) + [gap(nl ? "… \(left) \(unit) meer …" : "… \(left) more \(unit) …")]
            + Array(items.suffix(shown - shown / 2))
    }

    /// `items`, or the first and last three with how many of `unit` were left out between:
    /// a window of years counts in hundreds of periods (a norm feed's entry lists them too).
    public func shortened(_ items: [String], unit: String) -> [String] {
        shortened(items, unit: unit) { $0 }
    }

    /// One impact window's steps: the impact with what opened and closed it, the grace
    /// with the days it skipped, the office hours it was cut to. `within`: only the
    /// office-hour pieces in this range are named (a period page names its period's).
    public func steps(_ derivation: ImpactDerivation, within range: TimeRange? = nil) -> [ExplanationLine] {
        let kind: String = derivation.impact.opening.isSchedule
            ? (nl ? "gepland onderhoud: " : "scheduled maintenance: ") : "impact: "
        var impact: ExplanationLine = [.text(kind), .time(derivation.impactRange.start),
                                       .text(spaced(edge(derivation.impact.opening, path: derivation.path)) + " – ")]
        if let closing = derivation.impact.closing {
            impact += [.time(derivation.impactRange.end)]
            let closed = spaced(edge(closing, path: derivation.path))
            if !closed.isEmpty { impact.append(.text(closed)) }
        } else {
            impact += [.text(nl ? "nog niet opgelost: loopt tot de stand, " : "not resolved yet: runs to the moment described, "),
                       .ongoingEnd(derivation.impactRange.end), .text(nl ? "; nog geen uitloop" : "; no grace yet")]
        }
        var lines = [impact]
        if let graceEnd = derivation.graceEnd {
            var line: ExplanationLine = [.text(nl ? "uitloop \(grace(derivation.grace)): tot " : "grace \(grace(derivation.grace)): until "), .time(graceEnd)]
            if !derivation.skipped.isEmpty { line.append(.text("; " + skipped(derivation.skipped))) }
            lines.append(line)
        } else if !derivation.ongoing, derivation.grace == .none {
            lines.append([.text(nl ? "geen uitloop" : "no grace")])
        }
        if derivation.officeHoursOnly {
            var line: ExplanationLine = [.text(nl ? "alleen kantooruren: " : "office hours only: ")]
            let pieces = range.map(derivation.excused(overlapping:)) ?? derivation.excused
            if pieces.isEmpty { line.append(.text(nl ? "geen" : "none")) }
            let shown: [ExplanationLine] = shortened(
                pieces.map { [.time($0.start), .text(" – "), .time($0.end)] }, unit: nl ? "stukken" : "pieces"
            ) { [.text($0)] }
            for (index, piece) in shown.enumerated() {
                if index > 0 { line.append(.text(", ")) }
                line += piece
            }
            lines.append(line)
        }
        return lines
    }

    /// Why a window ends where it does: the grace, the office hours or the impact of the
    /// derivation that reaches furthest.
    func reasonForEnd(_ explained: ExplainedWindow) -> ExplanationLine {
        guard let last = explained.derivations.max(by: { ($0.end ?? .distantPast) < ($1.end ?? .distantPast) }) else { return [] }
        if last.officeHoursOnly, last.end != (last.graceEnd ?? last.impactRange.end) {
            return [.text(nl ? "einde van de kantooruren, binnen het venster van " : "end of office hours, within the window of "), .incident(last.incident)]
        }
        if let graceEnd = last.graceEnd, graceEnd > last.impactRange.end {
            return [.text(nl ? "de uitloop van " : "the grace of "), .incident(last.incident),
                    .text(nl ? " (\(grace(last.grace)) na " : " (\(grace(last.grace)) after "), .time(last.impactRange.end),
                    .text(nl ? ") was voorbij" : ") was over")]
        }
        return [.text(nl ? "de impact van " : "the impact of "), .incident(last.incident), .text(nl ? " was voorbij" : " was over")]
    }

    /// `(incidents/x.md:12, Opgelost)`, or which front-matter key a date comes from.
    func edge(_ edge: SourcedImpactWindow.Edge, path: String) -> String {
        switch edge {
        case .update(let update):
            citingLines ? "(\(update.location.path):\(update.location.line), \(update.status.label[language]))" : "(\(update.status.label[language]))"
        case .began: citingLines ? "(began: in \(path))" : (nl ? "(begin van de impact)" : "(start of the impact)")
        case .opened: citingLines ? "(opened: in \(path))" : (nl ? "(geopend)" : "(opened)")
        case .scheduled: citingLines ? "(scheduled: in \(path))" : ""
        }
    }

    /// `1 werkdag`, `24 werkuren`, `geen` (Dutch); `1 business day`, … (English).
    public func grace(_ grace: Norm.Grace) -> String {
        switch grace {
        case .none: nl ? "geen" : "none"
        case .businessDays(let count): nl ? "\(count) \(count == 1 ? "werkdag" : "werkdagen")" : "\(count) business \(count == 1 ? "day" : "days")"
        case .businessHours(let count): nl ? "\(count) \(count == 1 ? "werkuur" : "werkuren")" : "\(count) business \(count == 1 ? "hour" : "hours")"
        }
    }

    /// `za 14-12 en zo 15-12 tellen niet; feestdag: wo 25-12 Eerste Kerstdag`.
    func skipped(_ days: [SkippedDay]) -> String {
        let weekend = days.filter { $0.holiday == nil }.map { "\(weekday($0.date)) \(dayMonth($0.date))" }
        let holidays = days.compactMap { day in day.holiday.map { "\(weekday(day.date)) \(dayMonth(day.date)) \($0[language])" } }
        var parts: [String] = []
        if !weekend.isEmpty {
            parts.append(list(weekend) + (nl ? (weekend.count == 1 ? " telt niet" : " tellen niet")
                                             : (weekend.count == 1 ? " does not count" : " do not count")))
        }
        if !holidays.isEmpty { parts.append((nl ? (holidays.count == 1 ? "feestdag: " : "feestdagen: ") : (holidays.count == 1 ? "holiday: " : "holidays: ")) + list(holidays)) }
        return parts.joined(separator: "; ")
    }

    /// `di 03-12-2024 09:00`, with the offset where the reading occurs twice (the
    /// fall-back hour): how a moment reads on the terminal.
    public func time(_ instant: Date) -> String {
        let reading = clock.localDateTime(at: instant)
        let text = "\(weekday(LocalDate(reading))) \(reading.dayMonthYearText)"
        if case .exact = clock.resolve(reading) { return text }
        return "\(text) (\(TimestampFormatter.offset(instant, in: clock)))"
    }

    /// A line as plain text.
    public func plain(_ line: ExplanationLine) -> String {
        line.map { piece in
            switch piece {
            case .text(let text): text
            case .time(let instant), .ongoingEnd(let instant): time(instant)
            case .incident(let id): id.rawValue
            }
        }.joined()
    }

    /// ` (…)` after a time, or nothing when there is nothing to say.
    private func spaced(_ text: String) -> String {
        text.isEmpty ? "" : " " + text
    }

    private func joined(_ pieces: [ExplanationPiece]) -> [ExplanationPiece] {
        pieces.enumerated().flatMap { index, piece in index == 0 ? [piece] : [.text(", "), piece] }
    }

    private func list(_ items: [String]) -> String {
        guard let last = items.last, items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + (nl ? " en " : " and ") + last
    }

    private func weekday(_ date: LocalDate) -> String {
        (nl ? Self.dutchWeekdays : Self.englishWeekdays)[date.isoWeekday - 1]
    }

    private static let dutchWeekdays = ["ma", "di", "wo", "do", "vr", "za", "zo"]
    private static let englishWeekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

    private func dayMonth(_ date: LocalDate) -> String {
        "\(date.day.zeroPadded())-\(date.month.zeroPadded())"
    }
}

extension SourcedImpactWindow.Edge {
    /// Whether the edge is a maintenance's schedule rather than something that happened.
    var isSchedule: Bool {
        if case .scheduled = self { return true }
        return false
    }
}
