import Foundation
import IncidentModel
import ParallelWork
import ServiceNorms

/// Which incidents' own excused windows fall in each evaluation period of each norm.
/// A merged window can chain thousands of incidents (a day of grace joins outages that
/// follow each other), so a period's page and JSON name only the incidents whose own
/// excused time lies in that period, never the whole chain.
public struct PeriodCauses: Sendable, Equatable {
    /// Per norm of the report (catalogue order), per period of that norm: the incidents'
    /// own excused windows that touch the period, in incident order (newest first).
    public let windows: [[[ExcusedWindow]]]
    /// Parallel to `windows`: the facts of the incident each window is its own, so that
    /// `serve`'s cache compares a period's causes without looking them up by id.
    public let facts: [[[IncidentFacts]]]
    /// Where each incident stands among the site's ids in their order (equal ids, equal
    /// places), so that a page sorts a period's causes by comparing integers: comparing
    /// ids, long strings, was 2% of a build. One table, not a place beside each window: a
    /// preview keeps the causes, hundreds of thousands of windows at 10,000 incidents.
    let idPlaces: [IncidentID: Int32]

    init(facts: [IncidentFacts], excusal: ExcusalReport) {
        idPlaces = Self.idPlaces(facts)
        // Each norm on a core of its own: a site's thousands of incidents are gone over
        // once per norm, while the site waits for its model.
        let norms = ConcurrentMap.map(excusal.norms.count, concurrently: facts.count >= 1_000) { slot in
            let norm = excusal.norms[slot]
            var windows = [[ExcusedWindow]](repeating: [], count: norm.periods.count)
            var owners = [[IncidentFacts]](repeating: [], count: norm.periods.count)
            for facts in facts {
                for own in facts.excusals where own.norm.key == norm.norm.key {
                    Self.forEachPeriod(touchedBy: own.windows, in: norm.periods) { index, window in
                        windows[index].append(window)
                        owners[index].append(facts)
                    }
                }
            }
            return (windows, owners)
        }
        self.windows = norms.map(\.0)
        self.facts = norms.map(\.1)
    }

    private init(windows: [[[ExcusedWindow]]], facts: [[[IncidentFacts]]], idPlaces: [IncidentID: Int32]) {
        self.windows = windows
        self.facts = facts
        self.idPlaces = idPlaces
    }

    /// Each id's place among the ids of `facts` in their order.
    private static func idPlaces(_ facts: [IncidentFacts]) -> [IncidentID: Int32] {
        let ids = facts.map(\.id).sorted()
        var places: [IncidentID: Int32] = [:]
        places.reserveCapacity(ids.count)
        var place: Int32 = 0
        for (rank, id) in ids.enumerated() {
            if rank > 0, ids[rank - 1] != id { place += 1 }
            places[id] = place
        }
        return places
    }

    /// These causes with new facts for incidents whose edit left their excused windows as
    /// they were (`serve`, after a text edit): the same windows in the same periods, only
    /// the objects that name them replaced, without going over every incident again.
    /// `excusal` is the report these causes were made for.
    public func replacing(_ edits: [(old: IncidentFacts, new: IncidentFacts)], in excusal: ExcusalReport) -> PeriodCauses {
        var owners = facts
        for (old, new) in edits {
            Self.forEachPeriod(touchedBy: new, in: excusal) { slot, index, _ in
                for position in owners[slot][index].indices where owners[slot][index][position] === old {
                    owners[slot][index][position] = new
                }
            }
        }
        // An edit in place keeps each incident's id, so its place among the ids too.
        return PeriodCauses(windows: windows, facts: owners, idPlaces: idPlaces)
    }

    /// Calls `body` with (norm slot, period index, window) for each period of each norm
    /// that one of the incident's own excused windows touches.
    private static func forEachPeriod(
        touchedBy facts: IncidentFacts, in excusal: ExcusalReport, _ body: (Int, Int, ExcusedWindow) -> Void
    ) {
        for own in facts.excusals {
            guard let slot = excusal.norms.firstIndex(where: { $0.norm.key == own.norm.key }) else { continue }
            forEachPeriod(touchedBy: own.windows, in: excusal.norms[slot].periods) { body(slot, $0, $1) }
        }
    }

    /// Calls `body` with (period index, window) for each of a norm's `periods` that one of
    /// `windows` touches.
    private static func forEachPeriod(
        touchedBy windows: [ExcusedWindow], in periods: [PeriodExcusal], _ body: (Int, ExcusedWindow) -> Void
    ) {
        for window in windows {
            var index = firstPeriod(endingAfter: window.range.start, in: periods)
            while index < periods.count, periods[index].start < window.range.end {
                body(index, window)
                index += 1
            }
        }
    }

    public static func == (lhs: PeriodCauses, rhs: PeriodCauses) -> Bool {
        lhs.windows == rhs.windows
    }

    /// The incidents whose own excused time touches `range` within a period, sorted.
    public func incidents(norm slot: Int, period: Int, touching range: TimeRange? = nil) -> [IncidentID] {
        sorted(norm: slot, period: period).incidents(touching: range)
    }

    /// A period's causes sorted by incident, for a page that asks which incidents touch
    /// each of its windows: sorted once, where each question sorted anew (comparing ids as
    /// strings, 3% of a build of 10,000 incidents).
    public func sorted(norm slot: Int, period: Int) -> SortedCauses {
        let windows = self.windows[slot][period]
        // An incident's own window names that incident alone, whose place `idPlaces` holds.
        if windows.allSatisfy({ $0.incidents.count == 1 }) {
            let places = windows.map { idPlaces[$0.incidents[0]] ?? Int32.max }
            if !places.contains(Int32.max) {
                let positions = windows.indices.sorted { places[$0] < places[$1] }
                return SortedCauses(causes: positions.map { (windows[$0].incidents[0], windows[$0].range) })
            }
        }
        var causes: [(id: IncidentID, range: TimeRange)] = []
        for window in windows {
            for id in window.incidents { causes.append((id, window.range)) }
        }
        causes.sort { $0.id < $1.id }
        return SortedCauses(causes: causes)
    }

    /// One period's causes, by incident (`sorted(norm:period:)`).
    public struct SortedCauses: Sendable {
        fileprivate let causes: [(id: IncidentID, range: TimeRange)]

        /// The incidents whose own excused time touches `range` (any, when nil), sorted,
        /// each once: equal ids lie side by side, so a duplicate is the one before.
        public func incidents(touching range: TimeRange? = nil) -> [IncidentID] {
            var ids: [IncidentID] = []
            for cause in causes where range.map({ cause.range.intersection($0) != nil }) ?? true {
                if ids.last != cause.id { ids.append(cause.id) }
            }
            return ids
        }
    }

    /// The first of the sorted, disjoint periods that ends after `instant` (binary search).
    static func firstPeriod(endingAfter instant: Date, in periods: [PeriodExcusal]) -> Int {
        periods.partitioningIndex { $0.end > instant }
    }
}
