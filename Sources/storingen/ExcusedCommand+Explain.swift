import ArgumentParser
import ExcusalFormats
import Foundation
import IncidentModel
import Pipeline
import ServiceNorms

extension ExcusedCommand {
    /// `--explain`: the derivation of every window of `norm` (those overlapping
    /// `--from`/`--to`, whole), or with `--at` why that moment is or is not excused,
    /// returning the exit status `--at` would.
    func printExplanation(of norm: NormKey, in report: ExcusalReport, of project: Project) throws -> Int32 {
        let schema = JSONSchema.explanation.url(baseURL: project.configuration.baseURL)
        let text = ExplanationTextRenderer(language: lang, clock: report.clock)
        let json = ExplanationJSONRenderer(schema: schema, language: lang, clock: report.clock)
        if let at = try instant(at, option: "--at") {
            guard let explanation = project.explanation(of: norm, at: at, in: report) else { return ExitStatus.success }
            print(format == .json ? json.render(explanation, moment: project.moment) : text.render(explanation), terminator: "")
            return explanation.isExcused ? ExitStatus.success : ExitStatus.negative
        }
        guard let excusal = report.excusal(of: norm), var windows = project.explainedWindows(of: norm, in: report) else {
            return ExitStatus.success
        }
        let from = try instant(from, option: "--from") ?? .distantPast
        let to = try instant(to, option: "--to") ?? .distantFuture
        windows = windows.filter { $0.window.range.end > from && $0.window.range.start < to }
        print(format == .json ? json.render(windows, norm: excusal.norm, moment: project.moment)
                              : text.render(windows, norm: excusal.norm, serviceNames: excusal.norm.services.map { key in
                                  project.configuration.catalogue.service(key)?.name[lang] ?? key.rawValue
                              }, moment: project.moment), terminator: "")
        return ExitStatus.success
    }
}
