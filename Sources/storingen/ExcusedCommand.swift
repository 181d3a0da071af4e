import ArgumentParser
import ExcusalFormats
import Foundation
import IncidentModel
import Pipeline
import ServiceNorms

/// `storingen excused`: which service-norm windows the incidents excuse, for people,
/// spreadsheets, calendars and scripts.
struct ExcusedCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "excused",
        abstract: "List the excused service-norm windows, or ask whether one moment was excused.",
        discussion: """
            With --at, exits 0 when the moment is excused for --norm and 1 when it is not, naming the incidents that cover it. \
            With --explain, shows how each window of --norm was derived (or, with --at, why that moment is or is not excused). \
            With --check, answers every row of a CSV file (exit 1 when a row could not be answered, each reported as FILE:LINE:COLUMN). \
            Exits 2 on bad arguments or when any input file has errors (a question is never answered from a broken corpus).
            """)

    @OptionGroup var project: ProjectOptions
    @OptionGroup var reference: ReferenceTimeOption

    @Option(name: .long, help: "Only this norm (a key such as on-time-delivery). Required with --at.")
    var norm: String?

    @Option(name: .long, help: "Keep windows that overlap [from, to), clipped to it, e.g. '2023-12-01 00:00'.")
    var from: String?

    @Option(name: .long, help: "End of the range (exclusive).")
    var to: String?

    @Option(name: .long, help: "Answer whether this moment is excused for --norm: exit 0 when excused, 1 when not.")
    var at: String?

    @Option(name: .long, help: "Output: text, json, csv or ics (default text); with --check, csv or json (JSON Lines, default csv); with --explain, text or json.")
    var format: ExcusalFormat?

    @Flag(name: .long, help: "Show how the windows of --norm were derived: the updates that opened and closed each impact (path:line), grace and the days it skipped, office hours, merges and periods. With --at: why that moment is or is not excused.")
    var explain = false

    @Option(name: .long, help: "Language of names and text: nl or en (default nl).")
    var lang: Language = .nl

    @OptionGroup var bulk: BulkCheckOptions

    func validate() throws {
        if bulk.check != nil {
            try bulk.validate(norm: norm, format: format, otherQuestions: [at, from, to])
            _ = try reference.resolve()
            return
        }
        try bulk.validateUnused()
        if explain, norm == nil { throw ValidationError("--explain needs --norm: say which norm to explain") }
        if explain, let format, format != .text, format != .json { throw ValidationError("--explain writes text or json, not \(format.rawValue)") }
        if at != nil, norm == nil { throw ValidationError("--at needs --norm: say which norm the moment is judged by") }
        if at != nil, from != nil || to != nil { throw ValidationError("--at cannot be combined with --from/--to") }
        if let from = try instant(from, option: "--from"), let to = try instant(to, option: "--to"), from >= to {
            throw ValidationError("--from must be before --to")
        }
        _ = try instant(at, option: "--at")
    }

    func run() async throws {
        guard let loaded = await project.loadOrReport(at: try reference.resolve(), purpose: .query) else {
            throw ExitCode(ExitStatus.badInput)
        }
        if let norm, loaded.configuration.catalogue.norm(NormKey(norm)) == nil {
            let known = loaded.configuration.catalogue.normKeys.map(\.rawValue).joined(separator: ", ")
            FileHandle.standardError.write(Data("Error: unknown norm '\(norm)'; known norms: \(known)\n".utf8))
            throw ExitCode(ExitStatus.badInput)
        }
        let report = norm.map { loaded.excusalReport(of: [NormKey($0)]) } ?? loaded.excusalReport()
        ProcessEnd.exit(try answer(from: report, of: loaded), keeping: loaded, report)
    }

    /// Prints the answer the options ask for; returns the exit status.
    private func answer(from report: ExcusalReport, of loaded: Project) throws -> Int32 {
        if let check = bulk.check {
            try bulk.answer(check, from: report, norm: norm.map { NormKey($0) }, format: format)
            return ExitStatus.success
        }
        if explain, let norm {
            return try printExplanation(of: NormKey(norm), in: report, of: loaded)
        }
        if let at = try instant(at, option: "--at"), let excusal = report.norms.first {
            let window = excusal.excuse(at: at)
            print(ExcusalTextRenderer.answer(norm: excusal.norm, at: at, window: window, language: lang))
            return window == nil ? ExitStatus.negative : ExitStatus.success
        }
        let clipped = report.clipped(from: try instant(from, option: "--from"), to: try instant(to, option: "--to"))
        print((format ?? .text).render(clipped, baseURL: loaded.configuration.baseURL, language: lang), terminator: "")
        return ExitStatus.success
    }
}

extension ExcusalFormat: ExpressibleByArgument {}
