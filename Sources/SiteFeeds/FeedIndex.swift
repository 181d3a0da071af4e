import Foundation
import IncidentModel
import SiteContent

/// The incidents each output lists, chosen in one pass over the snapshot, so that every
/// file costs time in proportion to what it shows rather than to the whole history
/// (10,000 incidents render in well under a second).
struct FeedIndex: Sendable {
    /// Feeds carry the 50 most recently updated incidents: readers poll them for what
    /// changed lately, and the archive pages keep the rest.
    static let feedEntryLimit = 50
    /// `incidents.json` and `scheduled-maintenances.json` list the 50 most recent, as
    /// the Statuspage API does.
    static let apiListLimit = 50

    let snapshot: SiteSnapshot
    /// Every incident, in the snapshot's order.
    let all: [IncidentFacts]
    /// Most recently updated first (ties by id), at most `feedEntryLimit`; an incident
    /// without any date has no place in a feed and is left out.
    let feedEntries: [IncidentFacts]
    /// Per catalogue service (catalogue order), its own feed's incidents: the
    /// `feedEntryLimit` most recently updated that list it, in `feedEntries`' order.
    let serviceFeedEntries: [[IncidentFacts]]
    /// The most recent incidents (not maintenance), in the snapshot's order.
    let recentIncidents: [IncidentFacts]
    /// Every incident that is not resolved, in the snapshot's order.
    let unresolvedIncidents: [IncidentFacts]
    /// The most recent maintenance, in the snapshot's order.
    let recentMaintenance: [IncidentFacts]
    /// Maintenance that has not started, in the snapshot's order.
    let upcomingMaintenance: [IncidentFacts]
    /// Maintenance under way, in the snapshot's order.
    let activeMaintenance: [IncidentFacts]
    /// When the site and each service last changed, by the incidents' own dates.
    let changes: SiteChanges
    /// The entries of the incidents the feeds show, shared by the feeds that show them.
    let entries: FeedEntries
    /// The latest `updated` of any incident, else the site's moment.
    var lastChange: Date { changes.last }
    /// The earliest `created` of any incident, else `lastChange`.
    var firstChange: Date { changes.first }
    /// For each service that some dated incident affects.
    var serviceHistory: [ServiceKey: SiteChanges.ServiceHistory] { changes.services }

    init(_ snapshot: SiteSnapshot) {
        self.snapshot = snapshot
        var all: [IncidentFacts] = []
        all.reserveCapacity(snapshot.facts.count)
        var dated: [(updated: Date, facts: IncidentFacts)] = []
        var recentIncidents: [IncidentFacts] = []
        var unresolvedIncidents: [IncidentFacts] = []
        var recentMaintenance: [IncidentFacts] = []
        var upcomingMaintenance: [IncidentFacts] = []
        var activeMaintenance: [IncidentFacts] = []
        for facts in snapshot.facts {
            let incident = facts.incident
            all.append(facts)
            switch (incident.kind, facts.state) {
            case (.incident, let state):
                if recentIncidents.count < Self.apiListLimit { recentIncidents.append(facts) }
                if state.isOpen { unresolvedIncidents.append(facts) }
            case (.maintenance, .upcoming):
                if recentMaintenance.count < Self.apiListLimit { recentMaintenance.append(facts) }
                upcomingMaintenance.append(facts)
            case (.maintenance, .inProgress):
                if recentMaintenance.count < Self.apiListLimit { recentMaintenance.append(facts) }
                activeMaintenance.append(facts)
            case (.maintenance, _):
                if recentMaintenance.count < Self.apiListLimit { recentMaintenance.append(facts) }
            }
            guard facts.created != nil, let updated = facts.updated else { continue }
            dated.append((updated, facts))
        }
        dated.sort { lhs, rhs in
            lhs.updated != rhs.updated ? lhs.updated > rhs.updated : lhs.facts.id < rhs.facts.id
        }
        self.all = all
        self.feedEntries = dated.prefix(Self.feedEntryLimit).map(\.facts)
        self.serviceFeedEntries = Self.serviceFeedEntries(dated.map(\.facts), catalogue: snapshot.configuration.catalogue)
        self.recentIncidents = recentIncidents
        self.unresolvedIncidents = unresolvedIncidents
        self.recentMaintenance = recentMaintenance
        self.upcomingMaintenance = upcomingMaintenance
        self.activeMaintenance = activeMaintenance
        self.changes = snapshot.changes
        self.entries = FeedEntries(snapshot)
    }

    /// Each catalogue service's feed entries, taken from `sorted` (most recently updated
    /// first) in one pass that stops once every service has its fill.
    private static func serviceFeedEntries(_ sorted: [IncidentFacts], catalogue: Catalogue) -> [[IncidentFacts]] {
        let slots = Dictionary(catalogue.services.enumerated().map { ($1.key, $0) }, uniquingKeysWith: { first, _ in first })
        var entries = [[IncidentFacts]](repeating: [], count: catalogue.services.count)
        var unfilled = entries.count
        for facts in sorted where unfilled > 0 {
            // A service listed twice in one incident still gets the incident once.
            var seen: Set<Int> = []
            for key in facts.incident.services {
                guard let slot = slots[key], seen.insert(slot).inserted, entries[slot].count < feedEntryLimit else { continue }
                entries[slot].append(facts)
                if entries[slot].count == feedEntryLimit { unfilled -= 1 }
            }
        }
        return entries
    }

    /// The routes of the default language, served at the root.
    var defaultRoutes: SiteRoutes {
        snapshot.routes.first ?? SiteRoutes(language: .nl, isDefault: true)
    }
}
