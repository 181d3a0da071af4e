import Foundation
import IncidentModel
import ServiceNorms

extension Project {
    /// The excusal engine of the project's catalogue and calendar.
    public var excusalEngine: ExcusalEngine {
        ExcusalEngine(catalogue: configuration.catalogue, calendar: configuration.calendar)
    }

    /// The excusal stage: every norm's merged excused windows and periods at the
    /// project's moment.
    public func excusalReport() -> ExcusalReport {
        excusalEngine.report(for: incidents, at: moment)
    }

    /// The same for the norms of `keys` only, in catalogue order: a question about one
    /// norm (`excused --norm`) does not merge the windows of the others.
    public func excusalReport(of keys: Set<NormKey>) -> ExcusalReport {
        var catalogue = configuration.catalogue
        catalogue.norms.removeAll { !keys.contains($0.key) }
        return ExcusalEngine(catalogue: catalogue, calendar: configuration.calendar).report(for: incidents, at: moment)
    }

    /// Why `instant` is or is not excused for `norm` (`excused --explain --at`), from the
    /// windows of `report`; nil for a norm the report does not have.
    public func explanation(of norm: NormKey, at instant: Date, in report: ExcusalReport) -> MomentExplanation? {
        guard let excusal = report.excusal(of: norm) else { return nil }
        let explainer = ExcusalExplainer(engine: excusalEngine)
        return explainer.explain(instant, in: excusal, derivations: explainer.derivations(of: incidents, norm: excusal.norm, at: moment))
    }

    /// Every window of `norm` in `report`, explained (`excused --explain`); nil for a norm
    /// the report does not have.
    public func explainedWindows(of norm: NormKey, in report: ExcusalReport) -> [ExplainedWindow]? {
        guard let excusal = report.excusal(of: norm) else { return nil }
        let explainer = ExcusalExplainer(engine: excusalEngine)
        return explainer.explain(excusal, derivations: explainer.derivations(of: incidents, norm: excusal.norm, at: moment))
    }
}
