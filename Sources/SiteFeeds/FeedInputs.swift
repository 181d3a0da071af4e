import Foundation
import IncidentModel
import OutputEncoding
import ServiceNorms
import SiteContent

// What each machine-readable file is made of, for `OutputCache` (`storingen serve`):
// the incidents it lists (by identity, see `SameFacts`) and the few dates and states
// it writes besides, so that an edit remakes only the files that show the edited incident.

/// A site or service feed: its entries, and the site's last change (the feed's date when
/// empty). An entry shows its incident as written, with its state and dates, not its
/// windows (`FeedEntry`), so its facts are compared as written (`SameIncidents`): an
/// unresolved incident, worked out again at every minute, does not remake its feeds.
struct FeedInputs: Equatable, Sendable {
    var entries: SameIncidents
    var lastChange: Date

    init(_ index: FeedIndex, entries: [IncidentFacts]) {
        self.entries = SameIncidents(entries)
        lastChange = index.lastChange
    }
}

/// A norm's feed: the windows it lists, what its entries show of the incidents behind
/// them (`FeedEntry.init(window:…)`: a link to each of the first few by id and title, how
/// many more there are, and the latest update of them all), and the site's last change
/// (the feed's date when it has no entry). Not the other incidents' titles, nor each
/// one's latest update: a window left open by a forgotten "Opgelost" merges thousands of
/// incidents, and an update to any of them would remake every norm's feed.
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
        let excusal = snapshot.excusal.norms[slot]
        let listed = FeedChannel.normFeedWindows(excusal)
        let periods = PeriodCalendar(clock: snapshot.excusal.clock)
        windows = listed.map { Self.shown($0, per: excusal.norm.period, periods) }
        behind = []
        updated = []
        for window in listed {
            let facts = window.incidents.compactMap(snapshot.facts(of:))
            behind += facts.prefix(FeedEntry.namedIncidents).map { Behind(id: $0.id, title: $0.incident.title) }
            updated.append(facts.compactMap(\.updated).max())
        }
        lastChange = index.lastChange
    }
}

extension NormFeedInputs {
    /// What an entry shows of `window` (`FeedEntry.init(window:…)`): all of a closed one;
    /// of one still running, no end and no hours, only the periods it reaches. Its end
    /// moves with the moment, so it stands here as the start of the last period it
    /// reaches (or its own start, in its first period): the feed is made again when the
    /// window enters a new period, not at every minute.
    static func shown(_ window: ExcusedWindow, per kind: Norm.Period, _ periods: PeriodCalendar) -> ExcusedWindow {
        guard window.ongoing, !window.range.isEmpty else { return window }
        // The last period listed holds the window's last instant, not its (half-open) end.
        let last = periods.period(kind, containing: window.range.end.addingTimeInterval(-0.001))
        let reached = max(window.range.start, last.range.start)
        return ExcusedWindow(range: TimeRange(start: window.range.start, end: reached), incidents: window.incidents, ongoing: true)
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
/// and the dates of the page and of each component. It shows each incident as written
/// (its updates, state and dates, not its windows), so an unresolved incident's facts,
/// worked out again at every minute, are compared as written (`SameIncidents`).
struct StatuspageInputs: Equatable, Sendable {
    var listed: SameIncidents
    var status: SiteStatus
    var lastChange: Date
    var firstChange: Date
    var serviceHistory: [ServiceKey: SiteChanges.ServiceHistory]
    /// `generated_at` of summary.json and status.json; nil when it is a placeholder.
    var builtAt: Date?

    init(_ index: FeedIndex, buildTime: BuildTimeStamps.Form) {
        builtAt = buildTime == .written ? index.snapshot.builtAt : nil
        listed = SameIncidents(index.recentIncidents + index.unresolvedIncidents + index.recentMaintenance
            + index.upcomingMaintenance + index.activeMaintenance)
        status = index.snapshot.status
        lastChange = index.lastChange
        firstChange = index.firstChange
        serviceHistory = index.serviceHistory
    }
}
