import Foundation
import IncidentModel

/// Derives a norm's excused windows again with every step kept, for `excused --explain`
/// and the period pages. Each step comes from the engine's own derivation
/// (`ExcusalEngine.excusedRanges`), so what is explained is what was computed.
public struct ExcusalExplainer: Sendable {
    public let engine: ExcusalEngine

    public init(engine: ExcusalEngine) {
        self.engine = engine
    }

    /// Every impact window of `incidents` (as known at `moment`) that excuses `norm`, with
    /// its steps, by start.
    public func derivations(of incidents: [Incident], norm: Norm, at moment: Moment) -> [ImpactDerivation] {
        var derivations: [ImpactDerivation] = []
        for incident in incidents where engine.catalogue.excusedNorms(for: incident).contains(where: { $0.key == norm.key }) {
            for sourced in incident.sourcedImpactWindows {
                derivations.append(derivation(of: sourced, in: incident, norm: norm, at: moment))
            }
        }
        return derivations.sorted { lhs, rhs in
            lhs.impactRange.start != rhs.impactRange.start
                ? lhs.impactRange.start < rhs.impactRange.start : lhs.incident.rawValue < rhs.incident.rawValue
        }
    }

    /// One impact window's steps for `norm`.
    func derivation(of sourced: SourcedImpactWindow, in incident: Incident, norm: Norm, at moment: Moment) -> ImpactDerivation {
        let calendar = engine.calendar
        let range = sourced.window.range(at: moment)
        let ongoing = sourced.window.isOngoing
        let graceEnd: Date? = ongoing || norm.grace == .none ? nil : calendar.applyingGrace(norm.grace, to: range.end)
        let excused = engine.excusedRanges(of: range, ongoing: ongoing, for: norm) { grace, end in
            calendar.applyingGrace(grace, to: end)
        }
        return ImpactDerivation(
            incident: incident.id, path: incident.path, impact: sourced, impactRange: range, ongoing: ongoing,
            grace: norm.grace, graceEnd: graceEnd,
            skipped: graceEnd == nil ? [] : calendar.skippedDays(applying: norm.grace, to: range.end),
            officeHoursOnly: norm.officeHoursOnly, excused: excused)
    }

    /// The merged window `window` of `excusal` with the derivations whose excused time
    /// lies in it and the periods it counts in.
    /// `countedWithin`: only the periods of this range are counted (a period page counts
    /// its own, not every week of a window merged over years).
    public func explain(
        _ window: ExcusedWindow, of excusal: NormExcusal, derivations: [ImpactDerivation], countedWithin range: TimeRange? = nil
    ) -> ExplainedWindow {
        let inside = derivations.filter { $0.hasExcusedPiece(within: window.range) }
        return ExplainedWindow(
            window: window, derivations: inside,
            periods: PeriodCalendar(clock: engine.calendar.clock).excusal(
                of: [range.flatMap(window.range.intersection) ?? window.range], per: excusal.norm.period))
    }

    /// Every window of `excusal`, explained.
    public func explain(_ excusal: NormExcusal, derivations: [ImpactDerivation]) -> [ExplainedWindow] {
        excusal.windows.map { explain($0, of: excusal, derivations: derivations) }
    }

    /// Why `instant` is or is not excused for `excusal`'s norm.
    public func explain(_ instant: Date, in excusal: NormExcusal, derivations: [ImpactDerivation]) -> MomentExplanation {
        if let window = excusal.excuse(at: instant) {
            let merged = excusal.window(containing: instant) ?? window
            // Only what covers the moment is spelled out: a window merged over years would
            // otherwise explain every incident in it.
            let covering = Set(window.incidents)
            let ofCovering = derivations.filter { covering.contains($0.incident) }
            let spelledOut = ofCovering.filter { $0.excused.contains { $0.contains(instant) } }
            return MomentExplanation(
                norm: excusal.norm, instant: instant,
                window: explain(merged, of: excusal, derivations: spelledOut.isEmpty ? ofCovering : spelledOut),
                covering: window.incidents, before: nil, after: nil)
        }
        // Either side, the derivation that decides where the window ends or starts.
        let before = excusal.windows.last { $0.range.end <= instant }.map { window in
            explain(window, of: excusal, derivations: derivations.filter { $0.excused.contains { piece in piece.end == window.range.end } })
        }
        let after = excusal.windows.first { $0.range.start > instant }.map { window in
            explain(window, of: excusal, derivations: derivations.filter { $0.excused.contains { piece in piece.start == window.range.start } })
        }
        return MomentExplanation(norm: excusal.norm, instant: instant, window: nil, covering: [], before: before, after: after)
    }
}
