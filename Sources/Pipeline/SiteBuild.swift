import Foundation
import IncidentModel
import SiteWriter

/// `storingen build` as one pipeline: load → excuse → render → write. The site is
/// rendered and written page by page and swapped in at once; nothing is published
/// while the project has errors, and the previous site then stays as it was.
public enum SiteBuild {
    /// What a build did.
    public struct Outcome: Sendable {
        /// Every problem of the project, warnings included.
        public var diagnostics: [Diagnostic]
        public var incidentCount: Int
        /// Nil when errors kept the site from being written.
        public var summary: SiteWriter.Summary?
        /// The loaded project and the plan of its site: held by the outcome, so that a
        /// caller about to exit need not free them (`storingen build` does not).
        public var model: (any Sendable)?
    }

    /// Builds the project at `location` into `output` as it stood at `moment`; throws
    /// when the output folder cannot be written.
    public static func run(_ location: ProjectLoader.Location, output: String, at moment: Moment) async throws -> Outcome {
        let project = await ProjectLoader.load(location, at: moment, purpose: .publish)
        guard !project.hasErrors else {
            return Outcome(diagnostics: project.diagnostics, incidentCount: project.incidents.count, summary: nil, model: project)
        }
        let plan = project.renderSite()
        let summary = try SiteWriter(outputDirectory: output).write(plan)
        return Outcome(diagnostics: project.diagnostics, incidentCount: project.incidents.count, summary: summary, model: (project, plan))
    }
}
