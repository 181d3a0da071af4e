import Foundation
import IncidentModel
import SiteConfig
import SiteContent

/// Builds the Statuspage objects of one build: the page, a component per catalogue
/// service with its status derived from the open incidents, and incident objects with
/// their updates. Components are built once and shared by every file that lists them.
struct StatuspageBuilder: Sendable {
    let index: FeedIndex
    let page: Statuspage.Page
    /// In catalogue order.
    let components: [Statuspage.Component]
    private let componentsByKey: [ServiceKey: Statuspage.Component]

    init(_ index: FeedIndex) {
        self.index = index
        let snapshot = index.snapshot
        let routes = index.defaultRoutes
        let pageID = Self.pageID(baseURL: snapshot.configuration.baseURL)
        page = Statuspage.Page(
            id: pageID,
            name: snapshot.configuration.title[routes.language],
            url: snapshot.absoluteURL(routes.home),
            timeZone: WallClock.amsterdam.timeZone.identifier,
            updatedAt: RFC3339.string(from: index.lastChange))

        // The site model's states, which the front page shows too.
        let states = snapshot.status.services
        components = snapshot.configuration.catalogue.services.enumerated().map { offset, service in
            // We cannot know when a service was added to the catalogue: the first
            // incident that names it, else the start of the site's history, stands in.
            let history = index.serviceHistory[service.key]
            return Statuspage.Component(
                id: service.key.rawValue,
                name: service.name[routes.language],
                status: ComponentStatus(states[offset]),
                createdAt: RFC3339.string(from: history?.first ?? index.firstChange),
                updatedAt: RFC3339.string(from: history?.last ?? index.firstChange),
                position: offset + 1,
                description: nil,
                showcase: true,
                startDate: nil,
                groupID: nil,
                group: false,
                onlyShowIfDegraded: false,
                pageID: pageID)
        }
        componentsByKey = Dictionary(components.map { (ServiceKey($0.id), $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The page id: the site's host name (`status.example.nl`), stable as long as the
    /// site stays where it is.
    static func pageID(baseURL: String) -> String {
        URL(string: baseURL)?.host ?? baseURL
    }

    /// The incident (or maintenance) object, updates newest first.
    func incident(_ facts: IncidentFacts) -> Statuspage.Incident {
        let incident = facts.incident
        let components = incident.services.compactMap { componentsByKey[$0] }
        let timeline = Timeline(facts, components: components)
        let firstWindow = incident.impactWindows.first
        return Statuspage.Incident(
            id: incident.id.rawValue,
            name: incident.title,
            status: Self.status(of: facts),
            impact: incident.impact,
            createdAt: facts.created.map { RFC3339.string(from: $0) },
            updatedAt: facts.updated.map { RFC3339.string(from: $0) },
            monitoringAt: timeline.monitoringAt.map { RFC3339.string(from: $0) },
            resolvedAt: facts.state.closedAt.map { RFC3339.string(from: $0) },
            startedAt: facts.started.map { RFC3339.string(from: $0) },
            shortlink: index.snapshot.absoluteURL(index.defaultRoutes.incident(incident.id)),
            pageID: page.id,
            incidentUpdates: timeline.updates.reversed(),
            components: components,
            schedule: incident.kind == .incident ? nil : Statuspage.Incident.Schedule(
                scheduledFor: (incident.scheduled?.start ?? firstWindow?.start).map { RFC3339.string(from: $0) },
                scheduledUntil: (incident.scheduled?.end ?? firstWindow?.end).map { RFC3339.string(from: $0) }),
            postmortemBody: incident.postmortem)
    }

    /// The incident's Statuspage status at the reference time.
    static func status(of facts: IncidentFacts) -> String {
        switch facts.state {
        case .active(let status): status.rawValue
        // Statuspage's status of a resolved incident whose postmortem is published.
        case .resolved: facts.incident.postmortem == nil ? UpdateStatus.resolved.rawValue : "postmortem"
        case .upcoming: UpdateStatus.scheduled.rawValue
        case .inProgress:
            facts.incident.currentStatus == .verifying ? UpdateStatus.verifying.rawValue : UpdateStatus.inProgress.rawValue
        case .completed: UpdateStatus.completed.rawValue
        }
    }
}
