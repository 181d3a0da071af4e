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

    var location: ProjectLoader.Location {
        ProjectLoader.Location(incidentsDirectory: incidents, siteDirectory: site)
    }

    /// Loads the project, printing its diagnostics; nil (after printing) when it has errors.
    func loadOrReport(asOf: Date, purpose: ProjectLoader.Purpose) async -> Project? {
        let project = await ProjectLoader.load(location, asOf: asOf, purpose: purpose)
        DiagnosticPrinter().print(project.diagnostics)
        return project.hasErrors ? nil : project
    }
}

/// `--site` for the commands that write incidents (`new`, `update`): they need the
/// catalogue of `site.yml`, and refuse while it has errors, as `build` would.
struct SiteOptions: ParsableArguments {
    @Option(name: .long, help: "The folder with site.yml and theme/ (its services and norms are allowed).")
    var site = "site"

    /// The settings, printing their diagnostics; nil (after printing) when they have errors.
    func loadOrReport(incidents: String) -> ProjectSettings? {
        let settings = ProjectLoader.settings(
            ProjectLoader.Location(incidentsDirectory: incidents, siteDirectory: site), purpose: .query)
        DiagnosticPrinter().print(settings.diagnostics)
        return settings.hasErrors ? nil : settings
    }
}

/// `--as-of`, shared by the commands whose answer depends on the reference time.
struct ReferenceTimeOption: ParsableArguments {
    @Option(name: .customLong("as-of"), help: "Reference time: where ongoing windows end and what counts as the future (default: SOURCE_DATE_EPOCH, else now), e.g. '2024-01-01 00:00'.")
    var asOf: String?

    func validate() throws {
        _ = try resolve()
    }

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
