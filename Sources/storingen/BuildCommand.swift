import ArgumentParser
import Foundation
import Pipeline
import SiteWriter

/// `storingen build`: publish the status site from the incidents, or nothing at all.
struct BuildCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the status site: pages, feeds, the Statuspage-compatible API and excused-window calendars.",
        discussion: """
            Refuses to publish while any incident file or site.yml has errors (exit 1; the previous site stays as it was). \
            A theme file that cannot be used is a warning: the built-in page is published instead. \
            Files whose content did not change are not rewritten.
            """)

    @OptionGroup var project: ProjectOptions
    @OptionGroup var reference: ReferenceTimeOption

    @Option(name: .long, help: "Where the site is written (default: <site>/public).")
    var output: String?

    func run() async throws {
        let started = ContinuousClock.now
        let destination = output ?? (project.site.hasSuffix("/") ? project.site + "public" : project.site + "/public")
        let outcome: SiteBuild.Outcome
        do {
            outcome = try await SiteBuild.run(project.location, output: destination, at: try reference.resolve())
        } catch {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            throw ExitCode(ExitStatus.negative)
        }
        DiagnosticPrinter().print(outcome.diagnostics)
        guard let summary = outcome.summary else { ProcessEnd.exit(ExitStatus.negative, keeping: outcome) }
        let elapsed = ContinuousClock.now - started
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        print("built \(destination): \(outcome.incidentCount) incidents, \(summary.written) files written, \(summary.unchanged) unchanged, \(summary.removed) removed in \(String(format: "%.2f", seconds)) s")
        ProcessEnd.exit(ExitStatus.success, keeping: outcome)
    }
}
