import Foundation
import IncidentModel
import OutputEncoding
import ParallelWork
import ServiceNorms
import SiteConfig

/// The one site model every renderer reads, computed once before rendering: the
/// incidents in display order with their facts, what they excuse, and the lookups that
/// spare each page a scan of the corpus. Renderers only read it, so pages, feeds, API
/// and sitemap can be rendered in parallel and the same input gives the same bytes.
/// A class, though never changed after `init`: every page builder and plan of the
/// 27,000 files of 10,000 incidents holds it, and each copy of a struct of this many
/// fields costs a retain and a release per field.
public final class SiteSnapshot: Sendable {
    public let configuration: SiteConfiguration
    /// The moment the site describes: where ongoing windows end, what "upcoming" and
    /// "recently resolved" mean.
    public let moment: Moment
    /// Each incident with what it shows at the moment, newest first by opening time
    /// (maintenance by its start), ties by id.
    public let facts: [IncidentFacts]
    /// Every norm's merged windows and periods.
    public let excusal: ExcusalReport
    /// The first incident with each id.
    public let positionByID: [IncidentID: Int]
    /// The positions of incidents whose id an earlier one has (none in a site that builds).
    private let withoutPage: Set<Int>
    /// Per catalogue service (in catalogue order), the positions of its incidents, newest first.
    public let positionsByService: [[Int]]
    /// Active incidents (newest first), then maintenance under way, then upcoming
    /// maintenance (soonest first): what the front page leads with.
    public let open: [Int]
    /// Incidents closed within `recentDays` before the moment, most recently closed first.
    public let recentlyClosed: [Int]
    /// Every service's state and the page's at the moment.
    public let status: SiteStatus
    /// Services' incidents and norms' windows by year.
    public let years: YearGroups
    /// The incidents behind each period of each norm.
    public let periodCauses: PeriodCauses
    /// Per norm and period (as `excusal`), the version of what the period's page and file
    /// show; the previous snapshot's where nothing of it changed.
    public let periodVersions: [[PeriodVersion]]
    /// When the site and each service last changed, as the feeds and the sitemap state it.
    public let changes: SiteChanges

    /// `incidents` are as known at `moment` (`Moment.known`). `previous`: the snapshot of
    /// an earlier build (`storingen serve`), whose facts are reused for incidents that did
    /// not change.
    public init(configuration: SiteConfiguration, incidents: [Incident], moment: Moment, previous: SiteSnapshot? = nil) {
        self.configuration = configuration
        self.moment = moment
        let engine = ExcusalEngine(catalogue: configuration.catalogue, calendar: configuration.calendar)
        // Each incident's facts are independent of the others' (Markdown is the costly part).
        let unsorted = ConcurrentMap.map(incidents.count, concurrently: true) { position in
            let incident = incidents[position]
            let earlier = previous?.positionByID[incident.id].map { previous!.facts[$0] }
            return IncidentFacts.at(moment, of: incident, engine: engine, previous: earlier)
        }
        let facts = unsorted.sorted { lhs, rhs in
            lhs.sortDate != rhs.sortDate ? lhs.sortDate > rhs.sortDate : lhs.incident.id < rhs.incident.id
        }
        self.facts = facts
        // A save of `serve` rarely moves an incident: the tables of places are then the
        // previous snapshot's, where making them again hashed 10,000 ids (3–4 ms a save).
        let samePlaces = previous.map { Self.samePlaces(facts, $0.facts) } ?? false
        if let previous, samePlaces {
            positionByID = previous.positionByID
            withoutPage = previous.withoutPage
        } else {
            (positionByID, withoutPage) = Self.positions(facts)
        }
        // Each incident's excusals are in its facts already: merge them rather than work
        // out every window's grace again; when they only grew (a new minute), merge just
        // the windows they touch; and not even that when none of them changed.
        let unchangedExcusal = previous.flatMap { previous in
            previous.moment == moment && Self.sameExcusals(facts, previous.facts) ? previous : nil
        }
        if let unchangedExcusal {
            excusal = unchangedExcusal.excusal
        } else if let previous, withoutPage.isEmpty,
                  let changes = Self.excusalChanges(facts, positionByID: positionByID, since: previous),
                  let updated = engine.report(updating: previous.excusal, with: changes, at: moment) {
            excusal = updated
        } else {
            excusal = engine.report(mergingExcusalsOf: facts.map(\.excusals), at: moment)
        }

        // The incidents a save edited in place, before and after.
        let editedInPlace = samePlaces ? previous.map { Self.edits(from: $0.facts, to: facts) } : nil
        if let previous, let editedInPlace, previous.configuration.catalogue == configuration.catalogue,
           editedInPlace.allSatisfy({ $0.old.incident.services == $0.new.incident.services }) {
            positionsByService = previous.positionsByService
        } else {
            positionsByService = Self.positionsByService(facts, catalogue: configuration.catalogue)
        }
        open = Self.open(facts)
        recentlyClosed = Self.recentlyClosed(facts, at: moment, days: configuration.recentDays)
        status = SiteStatus(facts: facts, open: open, catalogue: configuration.catalogue)
        years = YearGroups(facts: facts, positionsByService: positionsByService, excusal: excusal)
        if let unchangedExcusal {
            periodCauses = unchangedExcusal.periodCauses.replacing(Self.edits(from: unchangedExcusal.facts, to: facts), in: excusal)
        } else {
            periodCauses = PeriodCauses(facts: facts, excusal: excusal)
        }
        periodVersions = PeriodVersion.versions(excusal: excusal, causes: periodCauses, moment: moment, previous: previous)
        if let previous, let editedInPlace, let widened = SiteChanges(widening: previous.changes, with: editedInPlace) {
            changes = widened
        } else {
            changes = SiteChanges(facts: facts, moment: moment)
        }
    }

    /// When the site was built, as its pages and API say: the moment it describes, to the
    /// minute, so that builds within one minute give the same bytes.
    public var builtAt: Date {
        Date(timeIntervalSince1970: (moment.instant.timeIntervalSince1970 / 60).rounded(.down) * 60)
    }

    /// The facts of an incident of this snapshot, by id.
    public func facts(of id: IncidentID) -> IncidentFacts? {
        positionByID[id].map { facts[$0] }
    }

    public func state(of incident: Incident) -> IncidentState {
        facts(of: incident.id)?.state ?? IncidentState(of: incident, at: moment)
    }

    /// The norms an incident excuses, each with only the windows that incident causes.
    public func excusals(of incident: Incident) -> [NormExcusal] {
        facts(of: incident.id)?.excusals ?? []
    }

    /// When an incident is placed in time: opened, else its first window, else its first update.
    public static func sortDate(_ incident: Incident) -> Date {
        IncidentFacts.sortDate(incident)
    }

    /// The incidents in `facts`' order. Made when asked: a snapshot made at every save of
    /// `serve` copied 10,000 incidents for it, on one core, and the site reads `facts`.
    public var incidents: [Incident] { facts.map(\.incident) }

    /// The open incidents, in `open`'s order.
    public var openIncidents: [Incident] { open.map { facts[$0].incident } }

    /// The recently closed incidents, in `recentlyClosed`'s order.
    public var recentlyClosedIncidents: [Incident] { recentlyClosed.map { facts[$0].incident } }

    /// Incidents that list `service`, newest first.
    public func incidents(affecting service: ServiceKey) -> [Incident] {
        facts.filter { $0.incident.services.contains(service) }.map(\.incident)
    }

    /// Whether the incident at `position` owns its id (a duplicate id gets no page).
    public func ownsPage(_ position: Int) -> Bool {
        !withoutPage.contains(position)
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

    /// Incidents per archive page.
    public var archivePageSize: Int { max(1, configuration.archivePageSize) }

    /// How many archive pages the incidents fill, at least one; pages and sitemap agree on it.
    public var archivePageCount: Int {
        max(1, (facts.count + archivePageSize - 1) / archivePageSize)
    }

    /// The positions shown on archive page `page` (1-based).
    public func archiveSlice(page: Int) -> Range<Int> {
        let lower = min(facts.count, (page - 1) * archivePageSize)
        return lower..<min(facts.count, lower + archivePageSize)
    }

    /// Whether two snapshots' incidents, in order, have the same excusals: the same facts,
    /// or facts of the same incident whose edit left its windows alone.
    private static func sameExcusals(_ facts: [IncidentFacts], _ earlier: [IncidentFacts]) -> Bool {
        facts.count == earlier.count && zip(facts, earlier).allSatisfy { now, then in
            now === then || (now.id == then.id && now.excusals == then.excusals)
        }
    }

    /// The incidents whose excusals differ from `previous`'s, by id, with those gone
    /// and those added (`facts` hold each id once, at `positionByID`); nil when ids
    /// repeated before.
    private static func excusalChanges(
        _ facts: [IncidentFacts], positionByID: [IncidentID: Int], since previous: SiteSnapshot
    ) -> [ExcusalEngine.ExcusalChange]? {
        guard previous.withoutPage.isEmpty else { return nil }
        var changes: [ExcusalEngine.ExcusalChange] = []
        var matched = 0
        for now in facts {
            guard let position = previous.positionByID[now.id] else {
                changes.append(.init(old: [], new: now.excusals))
                continue
            }
            matched += 1
            let then = previous.facts[position]
            if now !== then, now.excusals != then.excusals { changes.append(.init(old: then.excusals, new: now.excusals)) }
        }
        if matched != previous.facts.count {
            for then in previous.facts where positionByID[then.id] == nil { changes.append(.init(old: then.excusals, new: [])) }
        }
        return changes
    }

    /// Each id's position (its first, should it repeat), and the positions of the repeats,
    /// which get no page.
    private static func positions(_ facts: [IncidentFacts]) -> ([IncidentID: Int], Set<Int>) {
        var positionByID: [IncidentID: Int] = [:]
        positionByID.reserveCapacity(facts.count)
        var withoutPage: Set<Int> = []
        for (position, facts) in facts.enumerated() {
            if positionByID[facts.id] == nil {
                positionByID[facts.id] = position
            } else {
                withoutPage.insert(position)
            }
        }
        return (positionByID, withoutPage)
    }

    /// Whether `facts` hold the same incidents as `earlier`, each in the same place: the
    /// same facts, or facts of the same id. Compares references first, so nearly all of
    /// 10,000 cost one comparison of pointers.
    private static func samePlaces(_ facts: [IncidentFacts], _ earlier: [IncidentFacts]) -> Bool {
        facts.count == earlier.count && zip(facts, earlier).allSatisfy { $0 === $1 || $0.id == $1.id }
    }

    /// The facts that differ between two lists of the same incidents in the same places.
    private static func edits(
        from earlier: [IncidentFacts], to facts: [IncidentFacts]
    ) -> [(old: IncidentFacts, new: IncidentFacts)] {
        zip(earlier, facts).filter { $0 !== $1 }.map { (old: $0, new: $1) }
    }

    private static func positionsByService(_ facts: [IncidentFacts], catalogue: Catalogue) -> [[Int]] {
        let slots = Dictionary(catalogue.services.enumerated().map { ($1.key, $0) }, uniquingKeysWith: { first, _ in first })
        var positions = [[Int]](repeating: [], count: catalogue.services.count)
        for (position, facts) in facts.enumerated() {
            // Positions grow, so a service listed twice by one incident ends its list already.
            for key in facts.incident.services {
                if let slot = slots[key], positions[slot].last != position { positions[slot].append(position) }
            }
        }
        return positions
    }

    private static func open(_ facts: [IncidentFacts]) -> [Int] {
        var active: [Int] = [], running: [Int] = [], upcoming: [(Int, Date)] = []
        for (position, facts) in facts.enumerated() {
            switch facts.state {
            case .active: active.append(position)
            case .inProgress: running.append(position)
            case .upcoming(let start): upcoming.append((position, start))
            case .resolved, .completed: break
            }
        }
        upcoming.sort { $0.1 != $1.1 ? $0.1 < $1.1 : facts[$0.0].id < facts[$1.0].id }
        return active + running + upcoming.map(\.0)
    }

    private static func recentlyClosed(_ facts: [IncidentFacts], at moment: Moment, days: Int) -> [Int] {
        let cutoff = moment.instant.addingTimeInterval(-Double(days) * 86_400)
        var closed: [(position: Int, at: Date)] = []
        for (position, facts) in facts.enumerated() {
            if let at = facts.state.closedAt, at >= cutoff { closed.append((position, at)) }
        }
        closed.sort { lhs, rhs in lhs.at != rhs.at ? lhs.at > rhs.at : facts[lhs.position].id < facts[rhs.position].id }
        return closed.map(\.position)
    }
}
