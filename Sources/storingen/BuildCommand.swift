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
            Refuses to publish while any file has errors (exit 1; the previous site stays as it was). \
            Files whose content did not change are not rewritten.
            """)

    @OptionGroup var project: ProjectOptions
    @OptionGroup var reference: ReferenceTimeOption

    @Option(name: .long, help: "Where the site is written (default: <site>/public).")
    var output: String?

    func validate() throws {
        _ = try reference.resolve()
    }

    func run() async throws {
        let started = ContinuousClock.now
        guard let loaded = await project.loadOrReport() else { throw ExitCode(ExitStatus.negative) }
        let theme = URL(fileURLWithPath: project.site).appendingPathComponent("theme")
        let rendered = loaded.renderSite(asOf: try reference.resolve(), themeDirectory: theme)
        DiagnosticPrinter().print(rendered.diagnostics)
        guard !rendered.diagnostics.containsErrors else { throw ExitCode(ExitStatus.negative) }
        let destination = output ?? (project.site.hasSuffix("/") ? project.site + "public" : project.site + "/public")
        let summary: SiteWriter.Summary
        do {
            summary = try SiteWriter(outputDirectory: destination).write(rendered.plan)
        } catch {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            throw ExitCode(ExitStatus.negative)
        }
        let elapsed = ContinuousClock.now - started
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        print("built \(destination): \(loaded.incidents.count) incidents, \(summary.written) files written, \(summary.unchanged) unchanged, \(summary.removed) removed in \(String(format: "%.2f", seconds)) s")
    }
}

import IncidentModel
