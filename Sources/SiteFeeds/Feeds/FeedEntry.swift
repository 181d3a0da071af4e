import ExcusalFormats
import Foundation
import IncidentModel
import OutputEncoding
import SiteConfig
import ServiceNorms
import SiteContent

/// One incident as an entry of a feed in one language, shared by Atom and RSS so that
/// both say the same: "Opgelost: Storing verwerken nieuwe bestellingen", a link to the
/// incident page and the whole timeline as HTML.
struct FeedEntry: Sendable {
    /// The incident page's absolute URL: the entry's permanent id and its link.
    var url: String
    /// The state label and the title.
    var title: String
    var published: Date
    var updated: Date
    /// The affected services as (key, name in the feed's language).
    var categories: [(key: String, name: String)]
    /// Safe HTML: services, schedule, summary and every update, newest first; escaped
    /// once as the XML text that Atom and RSS both write of it.
    var html: XMLText

    /// The entry of a dated incident (`created` and `updated` known), or nil.
    init?(_ facts: IncidentFacts, routes: SiteRoutes, snapshot: SiteSnapshot) {
        guard let published = facts.created, let updated = facts.updated else { return nil }
        let language = routes.language
        let incident = facts.incident
        let catalogue = snapshot.configuration.catalogue
        self.url = snapshot.absoluteURL(routes.incident(incident.id))
        self.title = "\(SiteText.label(for: facts.state)[language]): \(incident.title)"
        self.published = published
        self.updated = updated
        self.categories = incident.services.map { key in
            (key.rawValue, catalogue.service(key)?.name[language] ?? key.rawValue)
        }
        self.html = XMLText(Self.html(of: facts, names: categories.map(\.name), language: language))
    }

    private static func html(of facts: IncidentFacts, names: [String], language: Language) -> String {
        let incident = facts.incident
        let dates = SiteDateFormatter(language: language)
        var parts: [String] = []
        if !names.isEmpty {
            parts.append("<p><strong>\(escape(SiteText.affectedServices[language])):</strong> "
                         + "\(escape(names.joined(separator: ", ")))</p>")
        }
        if incident.kind == .maintenance, let scheduled = incident.scheduled {
            parts.append("<p><strong>\(escape(SiteText.scheduledMaintenance[language])):</strong> "
                         + "\(escape(dates.long(scheduled.start))) – \(escape(dates.long(scheduled.end)))</p>")
        }
        if !facts.summaryHTML.isEmpty {
            parts.append(facts.summaryHTML)
        }
        if !facts.postmortemHTML.isEmpty {
            parts.append("<h3>\(escape(SiteText.postmortem[language]))</h3>")
            parts.append(facts.postmortemHTML)
        }
        for (update, body) in zip(facts.updates, facts.updateHTML) {
            let heading = "\(dates.long(update.instant)) — \(SiteText.label(for: update.status)[language])"
            parts.append("<h3>\(escape(heading))</h3>")
            parts.append(body)
        }
        return parts.map { $0.hasSuffix("\n") ? $0 : $0 + "\n" }.joined()
    }

    static func escape(_ text: String) -> String {
        MarkupEscaping.escaped(text, rules: .html)
    }
}

extension FeedEntry {
    /// How many of the incidents behind a window its entry names, as a calendar event
    /// does: a window left open by a forgotten "Opgelost" merges thousands, which made an
    /// entry of 600 KB. The others are counted; the period pages name them.
    static let namedIncidents = ExcusalICalendarRenderer.namedIncidents

    /// An excused window of a norm as an entry of the norm's feed, linked to the period
    /// page of its start. It appears when the window opens and is updated whenever an
    /// incident behind it is, so its resolution (which closes the window) updates it.
    /// It reads of `behind` only what `NormFeedInputs` holds (each incident's id and title, the
    /// latest update of them all): keep the two in step.
    init(window: ExcusedWindow, norm: Norm, behind: [IncidentFacts], routes: SiteRoutes, snapshot: SiteSnapshot) {
        let language = routes.language
        let dates = SiteDateFormatter(language: language)
        let period = PeriodCalendar(clock: dates.clock).period(norm.period, containing: window.range.start)
        let span = window.ongoing
            ? dates.compact(window.range.start) + " –"
            : "\(dates.compact(window.range.start)) – \(dates.compact(window.range.end))"
        url = snapshot.absoluteURL(routes.norm(norm.key, period: period.label))
            + "#window-" + ICalendarProperty.utcBasic(window.range.start)
        title = FeedText.windowTitle(norm.name[language], span: span, ongoing: window.ongoing, in: language)
        published = window.range.start
        updated = max(window.range.start, behind.compactMap(\.updated).max() ?? window.range.start)
        categories = [(norm.key.rawValue, norm.name[language])]
        var links = behind.prefix(Self.namedIncidents).map { facts in
            "<a href=\"\(Self.escape(snapshot.absoluteURL(routes.incident(facts.id))))\">\(Self.escape(facts.incident.title))</a>"
        }
        if behind.count > Self.namedIncidents {
            links.append(Self.escape(FeedText.moreIncidents(behind.count - Self.namedIncidents, in: language)))
        }
        // An ongoing window's hours grow with every build; the entry states them once the
        // window has closed, so that it changes only when the window does.
        let periods = ExplanationWording(language: language, clock: dates.clock).shortened(
            PeriodCalendar(clock: dates.clock).excusal(of: [window.range], per: norm.period)
                .map { window.ongoing ? "\($0.period)" : "\($0.period) (\(dates.duration(seconds: $0.excusedSeconds)))" },
            unit: language == .nl ? "perioden" : "periods")
        html = XMLText("<p>\(Self.escape(title))</p>\n"
            + "<p><strong>\(Self.escape(FeedText.incidentsBehind(in: language))):</strong> \(links.joined(separator: ", "))</p>\n"
            + "<p><strong>\(Self.escape(FeedText.countsIn(in: language))):</strong> \(Self.escape(periods.joined(separator: ", ")))</p>\n")
    }
}
