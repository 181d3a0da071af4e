import ArgumentParser
import Foundation
import IncidentCorpus
import Pipeline

/// `storingen check`: lint the whole project (incidents, `site.yml`, theme), for
/// operators before a push and for CI; it agrees with `build` on every input.
struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check every incident file, site.yml and the theme, and report all problems with their locations.",
        discussion: """
            Exits 0 when there are no errors (warnings allowed), 1 when any file has an error, 2 on bad arguments. \
            A theme file that does not parse is an error here, while `build` warns and publishes the built-in page.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @OptionGroup var project: ProjectOptions
    @OptionGroup var reference: ReferenceTimeOption

    @Option(name: .long, help: "Output: text (diagnostics like a compiler) or json (incidents, windows and diagnostics).")
    var format: Format = .text

    func run() async throws {
        let loaded = await ProjectLoader.load(project.location, at: try reference.resolve(), purpose: .check)
        switch format {
        case .text:
            DiagnosticPrinter().print(loaded.diagnostics)
            FileHandle.standardError.write(Data((DiagnosticPrinter.summary(files: loaded.corpus.fileCount, diagnostics: loaded.diagnostics) + "\n").utf8))
        case .json:
            print(CheckReport(corpus: loaded.corpus, diagnostics: loaded.diagnostics).json())
        }
        ProcessEnd.exit(loaded.hasErrors ? ExitStatus.negative : ExitStatus.success, keeping: loaded)
    }
}
