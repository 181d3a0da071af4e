import ArgumentParser
import Foundation
import IncidentModel
import Pipeline

/// The options every command that reads the project shares.
struct ProjectOptions: ParsableArguments {
    @Option(name: .long, help: "The folder with incident files (searched recursively for *.md).")
    var incidents = "incidents"

    @Option(name: .long, help: "The folder with site.yml and theme/ (a missing site.yml means the defaults).")
    var site = "site"

    func validate() throws {
        try IncidentsFolder.validate(incidents)
    }

    /// Loads the project, printing its diagnostics; nil (after printing) when it has errors.
    func loadOrReport() async -> Project? {
        let project = await ProjectLoader.load(incidentsDirectory: incidents, siteDirectory: site)
        DiagnosticPrinter().print(project.diagnostics)
        return project.hasErrors ? nil : project
    }
}

/// `--as-of`, shared by the commands whose answer depends on the reference time.
struct ReferenceTimeOption: ParsableArguments {
    @Option(name: .customLong("as-of"), help: "Reference time: where ongoing windows end (default: SOURCE_DATE_EPOCH, else now), e.g. '2024-01-01 00:00'.")
    var asOf: String?

    func resolve() throws -> Date {
        switch ReferenceTime.resolve(asOf: asOf, environment: ProcessInfo.processInfo.environment, now: Date()) {
        case .success(let date): return date
        case .failure(let error): throw ValidationError(error.message)
        }
    }
}

/// Parses a time option into a validation error (exit 2) with the reason.
func instant(_ text: String?, option: String) throws -> Date? {
    guard let text else { return nil }
    switch InstantArgument.parse(text) {
    case .success(let date): return date
    case .failure(let error): throw ValidationError("\(option): \(error.message)")
    }
}
