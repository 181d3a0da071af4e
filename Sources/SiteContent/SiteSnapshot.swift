import Foundation
import IncidentModel
import OutputEncoding
import ServiceNorms
import SiteConfig

/// Everything the site shows, computed once before rendering: the incidents in display
/// order, their states at the reference time, and what they excuse. Renderers only read
/// it, so pages can be rendered in parallel and the same input gives the same bytes.
public struct SiteSnapshot: Sendable {
    public let configuration: SiteConfiguration
    /// The build's reference time: where ongoing windows end, what "upcoming" means.
    public let asOf: Date
    /// Newest first by opening time (maintenance by its start), ties by id.
    public let incidents: [Incident]
    /// Every norm's merged windows and periods.
    public let excusal: ExcusalReport
    private let states: [IncidentID: IncidentState]
    private let excusalsByIncident: [IncidentID: [NormExcusal]]

    public init(configuration: SiteConfiguration, incidents: [Incident], asOf: Date) {
        self.configuration = configuration
        self.asOf = asOf
        // Each incident's date once: working it out can mean deriving its impact windows.
        self.incidents = incidents.map { (incident: $0, date: Self.sortDate($0)) }
            .sorted { lhs, rhs in lhs.date != rhs.date ? lhs.date > rhs.date : lhs.incident.id < rhs.incident.id }
            .map(\.incident)
        let engine = ExcusalEngine(catalogue: configuration.catalogue, calendar: configuration.calendar)
        self.excusal = engine.report(for: incidents, asOf: asOf)
        // Each incident's state and windows are independent of the others'.
        let perIncident = ConcurrentMap.map(incidents.count, concurrently: true) { position in
            (IncidentState(of: incidents[position], asOf: asOf), engine.excusals(of: incidents[position], asOf: asOf))
        }
        var states: [IncidentID: IncidentState] = [:]
        var excusals: [IncidentID: [NormExcusal]] = [:]
        for (incident, (state, excused)) in zip(incidents, perIncident) {
            states[incident.id] = state
            excusals[incident.id] = excused
        }
        self.states = states
        self.excusalsByIncident = excusals
    }

    /// When an incident is placed in time: opened, else its first window, else its first update.
    public static func sortDate(_ incident: Incident) -> Date {
        incident.openedAt ?? incident.impactWindows.first?.start ?? incident.scheduled?.start ?? .distantPast
    }

    public func state(of incident: Incident) -> IncidentState {
        states[incident.id] ?? IncidentState(of: incident, asOf: asOf)
    }

    /// The norms an incident excuses, each with only the windows that incident causes.
    public func excusals(of incident: Incident) -> [NormExcusal] {
        excusalsByIncident[incident.id] ?? []
    }

    /// What the front page leads with: active incidents (newest first), then maintenance
    /// under way, then upcoming maintenance (soonest first).
    public var openIncidents: [Incident] {
        var active: [Incident] = [], running: [Incident] = [], upcoming: [(Incident, Date)] = []
        for incident in incidents {
            switch state(of: incident) {
            case .active: active.append(incident)
            case .inProgress: running.append(incident)
            case .upcoming(let start): upcoming.append((incident, start))
            case .resolved, .completed: break
            }
        }
        upcoming.sort { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0.id < $1.0.id }
        return active + running + upcoming.map(\.0)
    }

    /// Incidents closed within the site's `recentDays` before the reference time, most
    /// recently closed first.
    public var recentlyClosedIncidents: [Incident] {
        let cutoff = asOf.addingTimeInterval(-Double(configuration.recentDays) * 86_400)
        var closed: [(incident: Incident, at: Date)] = []
        for incident in incidents {
            if let at = state(of: incident).closedAt, at >= cutoff, at <= asOf { closed.append((incident, at)) }
        }
        closed.sort { lhs, rhs in lhs.at != rhs.at ? lhs.at > rhs.at : lhs.incident.id < rhs.incident.id }
        return closed.map(\.incident)
    }

    /// Incidents that list `service`, newest first.
    public func incidents(affecting service: ServiceKey) -> [Incident] {
        incidents.filter { $0.services.contains(service) }
    }

    /// The routes of each published language; the first is the default at `/`.
    public var routes: [SiteRoutes] {
        configuration.languages.enumerated().map { SiteRoutes(language: $1, isDefault: $0 == 0) }
    }

    /// An absolute URL for a route (`incidents/x/`, relative to the site's root), percent-encoded:
    /// the base URL once, then the route, for feeds, the sitemap, the API and canonical links.
    public func absoluteURL(_ route: String) -> String {
        configuration.baseURL + SiteRoutes.percentEncoded(route)
    }

    /// How many archive pages the incidents fill, at least one; pages and sitemap agree on it.
    public var archivePageCount: Int {
        let size = max(1, configuration.archivePageSize)
        return max(1, (incidents.count + size - 1) / size)
    }
}
