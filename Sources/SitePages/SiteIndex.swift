import Foundation
import IncidentModel
import OutputEncoding
import SiteContent

/// The lookups pages need, built once per render so that no page scans the whole corpus:
/// every incident's facts, positions by id and by service, the front page's lists, the
/// 90-day bars and the archive's page count.
struct SiteIndex: Sendable {
    /// Parallel to `snapshot.incidents` (newest first).
    let facts: [IncidentFacts]
    /// The first incident with each id.
    let positionByID: [IncidentID: Int]
    /// Per catalogue service (in catalogue order), the positions of its incidents, newest first.
    let positionsByService: [[Int]]
    /// Per catalogue service, the marks of its 90-day bar.
    let daysByService: [[OutageDayCalendar.Mark]]
    let dayCalendar: OutageDayCalendar
    /// Open incidents and maintenance, then the recently closed ones (`SiteSnapshot`'s lists).
    let open: [Int]
    let recentlyClosed: [Int]
    let archivePageCount: Int
    let archivePageSize: Int

    /// `cache`: facts of an earlier render, reused for incidents that did not change.
    init(_ snapshot: SiteSnapshot, concurrently: Bool, cache: PageCache? = nil) {
        let incidents = snapshot.incidents
        // Markdown is the expensive part, and each incident's is independent.
        facts = ConcurrentMap.map(incidents.count, concurrently: concurrently) { position in
            let incident = incidents[position]
            guard let cache else { return IncidentFacts(incident, in: snapshot) }
            return cache.facts(of: incident, state: snapshot.state(of: incident)) { IncidentFacts(incident, in: snapshot) }
        }
        var positionByID: [IncidentID: Int] = [:]
        for (position, incident) in incidents.enumerated() where positionByID[incident.id] == nil {
            positionByID[incident.id] = position
        }
        self.positionByID = positionByID

        let services = snapshot.configuration.catalogue.services
        let serviceSlot = Dictionary(services.enumerated().map { ($1.key, $0) }, uniquingKeysWith: { first, _ in first })
        var positionsByService = [[Int]](repeating: [], count: services.count)
        for (position, incident) in incidents.enumerated() {
            var seen: Set<Int> = []
            for key in incident.services {
                if let slot = serviceSlot[key], seen.insert(slot).inserted { positionsByService[slot].append(position) }
            }
        }
        self.positionsByService = positionsByService

        dayCalendar = OutageDayCalendar(clock: snapshot.excusal.clock, asOf: snapshot.asOf)
        let facts = facts
        let dayCalendar = dayCalendar
        daysByService = positionsByService.map { positions in dayCalendar.marks(for: positions.lazy.map { facts[$0] }) }

        open = snapshot.openIncidents.compactMap { positionByID[$0.id] }
        recentlyClosed = snapshot.recentlyClosedIncidents.compactMap { positionByID[$0.id] }
        archivePageSize = max(1, snapshot.configuration.archivePageSize)
        archivePageCount = snapshot.archivePageCount
    }

    /// The positions shown on archive page `page` (1-based).
    func archiveSlice(page: Int) -> Range<Int> {
        let lower = min(facts.count, (page - 1) * archivePageSize)
        return lower..<min(facts.count, lower + archivePageSize)
    }

    /// Whether the incident at `position` is the one that owns its id (duplicate ids get no page).
    func ownsPage(_ position: Int) -> Bool {
        positionByID[facts[position].incident.id] == position
    }
}
