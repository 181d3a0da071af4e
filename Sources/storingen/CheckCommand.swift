import ArgumentParser
import Foundation
import IncidentCorpus

/// `storingen check`: lint every incident file, for operators before a push and for CI.
struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check every incident file and report all problems with their locations.",
        discussion: "Exits 0 when there are no errors (warnings allowed), 1 when any file has an error, 2 on bad arguments.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Option(name: .long, help: "The folder with incident files (searched recursively for *.md).")
    var incidents = "incidents"

    @Option(name: .long, help: "Output: text (diagnostics like a compiler) or json (incidents, windows and diagnostics).")
    var format: Format = .text

    func validate() throws {
        try IncidentsFolder.validate(incidents)
    }

    func run() async throws {
        let corpus = await CorpusLoader().load(directory: incidents)
        switch format {
        case .text:
            DiagnosticPrinter().print(corpus.diagnostics)
            FileHandle.standardError.write(Data((DiagnosticPrinter.summary(files: corpus.fileCount, diagnostics: corpus.diagnostics) + "\n").utf8))
        case .json:
            print(CheckReport(corpus: corpus).json())
        }
        if corpus.hasErrors { throw ExitCode(ExitStatus.negative) }
    }
}
