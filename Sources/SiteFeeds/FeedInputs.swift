import Foundation
import IncidentModel
import ServiceNorms
import SiteContent

// What each machine-readable file is made of, for `OutputCache` (`storingen serve`):
// the incidents it lists (by identity, see `SameFacts`) and the few dates and states
// it writes besides, so that an edit remakes only the files that show the edited incident.

/// A site or service feed: its entries, and the site's last change (the feed's date when empty).
struct FeedInputs: Equatable, Sendable {
    var entries: SameFacts
    var lastChange: Date

    init(_ index: FeedIndex, entries: [IncidentFacts]) {
        self.entries = SameFacts(entries)
        lastChange = index.lastChange
    }
}

/// A norm's feed: the windows it lists, what its entries show of the incidents behind
/// them (`FeedEntry.init(window:…)`: a link to each by id and title, and the latest
/// update of them all), and the site's last change (the feed's date when it has no
/// entry). Not the incidents' identities, nor each one's latest update: a window left
/// open by a forgotten "Opgelost" merges thousands of incidents, and an update to any of
/// them would remake every norm's feed.
struct NormFeedInputs: Equatable, Sendable {
    struct Behind: Equatable, Sendable {
        var id: IncidentID
        var title: String
    }

    var windows: [ExcusedWindow]
    var behind: [Behind]
    /// Per window, the latest update of the incidents behind it.
    var updated: [Date?]
    var lastChange: Date

    init(_ index: FeedIndex, slot: Int) {
        let snapshot = index.snapshot
        windows = FeedChannel.normFeedWindows(snapshot.excusal.norms[slot])
        behind = []
        updated = []
        for window in windows {
            let facts = window.incidents.compactMap(snapshot.facts(of:))
            behind += facts.map { Behind(id: $0.id, title: $0.incident.title) }
            updated.append(facts.compactMap(\.updated).max())
        }
        lastChange = index.lastChange
    }
}

/// The maintenance calendar: every maintenance, and the moment while one is under way
/// (a run without an end ends there).
struct MaintenanceInputs: Equatable, Sendable {
    var maintenance: SameFacts
    var moment: Moment?

    init(_ index: FeedIndex) {
        maintenance = SameFacts(index.all.filter { $0.incident.kind == .maintenance })
        moment = index.activeMaintenance.isEmpty ? nil : index.snapshot.moment
    }
}

/// The Statuspage API: the incidents and maintenance it lists, the services' states,
/// and the dates of the page and of each component.
struct StatuspageInputs: Equatable, Sendable {
    var listed: SameFacts
    var status: SiteStatus
    var lastChange: Date
    var firstChange: Date
    var serviceHistory: [ServiceKey: SiteChanges.ServiceHistory]
    /// `generated_at` of summary.json and status.json.
    var builtAt: Date

    init(_ index: FeedIndex) {
        builtAt = index.snapshot.builtAt
        listed = SameFacts(index.recentIncidents + index.unresolvedIncidents + index.recentMaintenance
            + index.upcomingMaintenance + index.activeMaintenance)
        status = index.snapshot.status
        lastChange = index.lastChange
        firstChange = index.firstChange
        serviceHistory = index.serviceHistory
    }
}
