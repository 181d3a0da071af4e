import CommonMark
import Foundation
import IncidentModel
import SiteContent

/// What the pages need of one incident, computed once for all pages and languages:
/// its state, windows, updates newest first, and its Markdown already turned into safe HTML.
struct IncidentFacts: Sendable {
    var incident: Incident
    var state: IncidentState
    /// When the incident is placed in time (`SiteSnapshot.sortDate`).
    var sortDate: Date
    var windows: [ImpactWindow]
    /// Newest first, as the seed page lists them.
    var updates: [Update]
    /// cmark's safe HTML of `incident.summary`; empty when there is none.
    var summaryHTML: String
    /// cmark's safe HTML of each update body, parallel to `updates`.
    var updateHTML: [String]

    init(_ incident: Incident, in snapshot: SiteSnapshot) {
        self.incident = incident
        state = snapshot.state(of: incident)
        windows = incident.impactWindows
        sortDate = SiteSnapshot.sortDate(incident)
        updates = incident.chronologicalUpdates.reversed()
        summaryHTML = Self.html(incident.summary)
        updateHTML = updates.map { Self.html($0.body) }
    }

    /// Safe HTML of a Markdown text; blank text gives "" so templates can leave it out.
    private static func html(_ markdown: String) -> String {
        markdown.allSatisfy(\.isWhitespace) ? "" : CommonMarkConverter.html(fromMarkdown: markdown)
    }
}
