import Foundation
import IncidentModel
import ServiceNorms
import SiteContent

/// How each incident's excused time for a norm was derived, made once per render and
/// shared by the period pages. Each page used to derive its incidents anew, and an
/// incident left open for years is behind hundreds of periods: the build of 10,000
/// incidents took 37 s instead of 3. Only the incidents a page asks for are derived, so
/// `serve`, which renders again the few period pages of an edited incident, does not
/// derive every incident of their norms.
final class NormDerivations: @unchecked Sendable {
    let explainer: ExcusalExplainer
    private let snapshot: SiteSnapshot
    private let lock = NSLock()
    private var made: [Int: [IncidentID: [ImpactDerivation]]] = [:]
    /// By norm slot and period index, the period's windows explained, and how many
    /// languages have yet to ask: then it is dropped, so a build does not hold the
    /// explanations of thousands of periods at once.
    private var explainedPeriods: [Int: [Int: (windows: [ExplainedWindow], askers: Int)]] = [:]

    init(_ snapshot: SiteSnapshot) {
        self.snapshot = snapshot
        explainer = ExcusalExplainer(
            engine: ExcusalEngine(catalogue: snapshot.configuration.catalogue, calendar: snapshot.configuration.calendar))
    }

    /// The windows of the period at `index` of the norm at `slot`, each explained within
    /// the period from the derivations of the incidents behind it: what a period page
    /// says in every language, worked out for the first language that asks.
    func explainedWindows(norm slot: Int, period index: Int) -> [ExplainedWindow] {
        if let kept = lock.withLock({ take(slot, index) }) { return kept }
        let excusal = snapshot.excusal.norms[slot]
        let period = excusal.periods[index]
        let range = TimeRange(start: period.start, end: period.end)
        let derivations = derivations(norm: slot, of: snapshot.periodCauses.incidents(norm: slot, period: index))
            .filter { $0.hasExcusedTime(in: range) }
        let explained = excusal.windows(overlapping: range).map { window in
            explainer.explain(window, of: excusal, derivations: derivations, countedWithin: range)
        }
        lock.withLock {
            // Another language's page may have worked it out at the same time: this one
            // then counts as one of its askers.
            if take(slot, index) == nil, snapshot.routes.count > 1 {
                explainedPeriods[slot, default: [:]][index] = (explained, snapshot.routes.count - 1)
            }
        }
        return explained
    }

    /// The kept explanation of a period, counted as asked for (under the lock).
    private func take(_ slot: Int, _ index: Int) -> [ExplainedWindow]? {
        guard let entry = explainedPeriods[slot]?[index] else { return nil }
        if entry.askers <= 1 {
            explainedPeriods[slot]?[index] = nil
        } else {
            explainedPeriods[slot]?[index]?.askers -= 1
        }
        return entry.windows
    }

    /// The derivations of `incidents` for the norm at `slot` of the report, in the order
    /// the explainer gives them (by start, then incident).
    func derivations(norm slot: Int, of incidents: [IncidentID]) -> [ImpactDerivation] {
        var derived: [IncidentID: [ImpactDerivation]] = [:]
        var missing: [IncidentID] = []
        lock.withLock {
            for id in incidents {
                if let steps = made[slot]?[id] { derived[id] = steps } else { missing.append(id) }
            }
        }
        if !missing.isEmpty {
            // Derived outside the lock, so pages on other cores do not wait; two pages that
            // derive one incident at once get the same steps.
            let norm = snapshot.excusal.norms[slot].norm
            let new = explainer.derivations(of: missing.compactMap { snapshot.facts(of: $0)?.incident }, norm: norm, at: snapshot.moment)
            let grouped = Dictionary(grouping: new, by: \.incident)
            for id in missing { derived[id] = grouped[id] ?? [] }
            lock.withLock {
                for id in missing { made[slot, default: [:]][id] = derived[id] }
            }
        }
        return incidents.flatMap { derived[$0] ?? [] }.sorted { lhs, rhs in
            lhs.impactRange.start != rhs.impactRange.start
                ? lhs.impactRange.start < rhs.impactRange.start : lhs.incident.rawValue < rhs.incident.rawValue
        }
    }
}
