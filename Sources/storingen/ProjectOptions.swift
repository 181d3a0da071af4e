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

    /// Loads the project at `moment`, printing its diagnostics; nil (after printing) when it has errors.
    func loadOrReport(at moment: Moment, purpose: ProjectLoader.Purpose) async -> Project? {
        let project = await ProjectLoader.load(location, at: moment, purpose: purpose)
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

/// `--as-of`, shared by the commands whose answer depends on the moment they describe.
struct ReferenceTimeOption: ParsableArguments {
    @Option(name: .customLong("as-of"), help: "The moment to describe: updates dated later do not exist yet, ongoing windows end there (default: SOURCE_DATE_EPOCH, else now), e.g. '2024-01-01 00:00'.")
    var asOf: String?

    func validate() throws {
        _ = try resolve()
    }

    /// Whether the command's moment is "now", which moves on each minute.
    var followsTheClock: Bool {
        ReferenceTime.followsTheClock(asOf: asOf, environment: ProcessInfo.processInfo.environment)
    }

    /// The command's moment. A command resolves it once and passes the value on: "now"
    /// read twice would be two moments. `serve` asks it at each time of the clock it
    /// renders for (`now`).
    func resolve(at now: Date = Date()) throws -> Moment {
        switch ReferenceTime.resolve(asOf: asOf, environment: ProcessInfo.processInfo.environment, now: now) {
        case .success(let moment): return moment
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
