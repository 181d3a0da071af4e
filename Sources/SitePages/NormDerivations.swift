import Foundation
import IncidentModel
import ServiceNorms
import SiteContent

/// How every incident's excused time for a norm was derived, made once per render and
/// shared by the period pages. Each page used to derive its incidents anew, and an
/// incident left open for years is behind hundreds of periods: the build of 10,000
/// incidents took 37 s instead of 3.
final class NormDerivations: @unchecked Sendable {
    let explainer: ExcusalExplainer
    private let snapshot: SiteSnapshot
    private let lock = NSLock()
    private var byNorm: [Int: [IncidentID: [ImpactDerivation]]] = [:]

    init(_ snapshot: SiteSnapshot) {
        self.snapshot = snapshot
        explainer = ExcusalExplainer(
            engine: ExcusalEngine(catalogue: snapshot.configuration.catalogue, calendar: snapshot.configuration.calendar))
    }

    /// The derivations of `incidents` for the norm at `slot` of the report, in the order
    /// the explainer gives them (by start, then incident).
    func derivations(norm slot: Int, of incidents: [IncidentID]) -> [ImpactDerivation] {
        let table = self.table(norm: slot)
        return incidents.flatMap { table[$0] ?? [] }.sorted { lhs, rhs in
            lhs.impactRange.start != rhs.impactRange.start
                ? lhs.impactRange.start < rhs.impactRange.start : lhs.incident.rawValue < rhs.incident.rawValue
        }
    }

    /// Made by the first page that asks; the others wait for it rather than repeat it.
    private func table(norm slot: Int) -> [IncidentID: [ImpactDerivation]] {
        lock.withLock {
            if let table = byNorm[slot] { return table }
            let norm = snapshot.excusal.norms[slot].norm
            let table = Dictionary(grouping: explainer.derivations(of: snapshot.incidents, norm: norm, at: snapshot.moment), by: \.incident)
            byNorm[slot] = table
            return table
        }
    }
}
