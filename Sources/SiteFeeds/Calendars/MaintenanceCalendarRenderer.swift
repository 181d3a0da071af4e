import Foundation
import IncidentModel
import OutputEncoding
import SiteContent

/// `maintenance.ics` of one language (RFC 5545): every run of every maintenance as an
/// event, so a seller subscribes once and sees planned downtime in their own calendar.
///
/// An event is a version of one run: its UID is the incident's id and the run's number,
/// its SEQUENCE the number of updates, and DTSTAMP and LAST-MODIFIED the incident's last
/// change, never the clock. A moved or started run is therefore a newer version of the
/// same event, and the same input gives the same bytes. An event disappears when its
/// maintenance file is removed: subscribed calendars drop it on their next refresh.
enum MaintenanceCalendarRenderer {
    /// The calendar of every maintenance in the snapshot, in the language of `routes`.
    static func render(_ index: FeedIndex, routes: SiteRoutes) -> String {
        let snapshot = index.snapshot
        let language = routes.language
        var events: [ICalendarComponent] = []
        for (position, facts) in index.all.enumerated()
        where facts.incident.kind == .maintenance && snapshot.ownsPage(position) {
            events += self.events(of: facts, index: index, routes: routes)
        }
        return ICalendarWriter.write(.publishedCalendar(
            product: "Onderhoud",
            name: "\(SiteText.scheduledMaintenance[language]) – \(snapshot.configuration.title[language])",
            extra: [
                // The site is rebuilt at least hourly; ask subscribers to look as often (RFC 7986).
                ICalendarProperty(name: "REFRESH-INTERVAL;VALUE=DURATION", rawValue: "PT1H"),
                ICalendarProperty(name: "X-PUBLISHED-TTL", rawValue: "PT1H"),
            ],
            events: events))
    }

    /// The UID of a run's event: the incident's id and the run's number, counted from 1,
    /// so it survives every edit of the file except removing or renaming it.
    static func uid(_ id: IncidentID, run: Int) -> String {
        "\(id.rawValue)-\(run)@storingen"
    }

    /// One event per impact window (run) of a maintenance, oldest run first.
    private static func events(of facts: IncidentFacts, index: FeedIndex, routes: SiteRoutes) -> [ICalendarComponent] {
        let snapshot = index.snapshot
        let incident = facts.incident
        let language = routes.language
        let url = snapshot.absoluteURL(routes.incident(incident.id))
        let changed = facts.updated ?? index.lastChange
        let description = description(of: facts, url: url, snapshot: snapshot, language: language)
        return facts.windows.enumerated().map { offset, window in
            var properties: [ICalendarProperty] = [
                .text("UID", uid(incident.id, run: offset + 1)),
                .utc("DTSTAMP", changed),
                .utc("LAST-MODIFIED", changed),
                ICalendarProperty(name: "SEQUENCE", rawValue: "\(facts.updates.count)"),
                .utc("DTSTART", window.start),
            ]
            if let end = end(of: window, scheduled: incident.scheduled, at: snapshot.moment) {
                properties.append(.utc("DTEND", end))
            }
            properties += [
                .text("SUMMARY", "\(SiteText.label(for: IncidentKind.maintenance)[language]): \(incident.title)"),
                .text("DESCRIPTION", description),
                ICalendarProperty(name: "URL", rawValue: url),
                ICalendarProperty(name: "STATUS", rawValue: "CONFIRMED"),
                // Maintenance does not make anyone busy; it only says when the platform is.
                ICalendarProperty(name: "TRANSP", rawValue: "TRANSPARENT"),
            ]
            return ICalendarComponent("VEVENT", properties: properties)
        }
    }

    /// Where a run ends as far as is known: its end once completed; while under way, its
    /// scheduled end when that lies after its start, else the site's moment, as ongoing
    /// windows end everywhere else. Nil when that is not after its start: RFC 5545 then
    /// wants no DTEND (the event is a moment).
    static func end(of window: ImpactWindow, scheduled: TimeRange?, at moment: Moment) -> Date? {
        let end = window.end ?? scheduled.map(\.end).flatMap { $0 > window.start ? $0 : nil } ?? moment.instant
        return end > window.start ? end : nil
    }

    /// The affected services, the latest update as written (Markdown is plain text), and
    /// the incident page for clients that do not show the URL property.
    private static func description(of facts: IncidentFacts, url: String, snapshot: SiteSnapshot, language: Language) -> String {
        let catalogue = snapshot.configuration.catalogue
        let names = facts.incident.services.map { catalogue.service($0)?.name[language] ?? $0.rawValue }
        var paragraphs: [String] = []
        if !names.isEmpty {
            paragraphs.append("\(SiteText.affectedServices[language]): \(names.joined(separator: ", "))")
        }
        if let latest = facts.updates.first {
            let time = SiteDateFormatter(language: language, clock: snapshot.excusal.clock).long(latest.instant)
            let status = latest.status == .update ? nil : SiteText.label(for: latest.status)[language]
            let text = latest.body.trimmingScalars(in: .whitespacesAndNewlines)
            let heading = FeedText.latestUpdate(at: time, status: status, in: language)
            paragraphs.append(text.isEmpty ? heading : "\(heading):\n\(text)")
        }
        paragraphs.append(url)
        return paragraphs.joined(separator: "\n\n")
    }
}
