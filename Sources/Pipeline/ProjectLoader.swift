import Foundation
import IncidentCorpus
import IncidentModel
import IncidentParsing
import SiteConfig
import SitePages

/// The read, parse and validate stages, the same for every command, so that `check`,
/// `build`, `excused`, `serve`, `new` and `update` agree on every input: `site.yml`
/// first (its catalogue decides which services and norms incidents may name), then the
/// theme, then every incident file, then the checks that need the command's moment.
public enum ProjectLoader {
    /// What the project is loaded for; it decides only how a broken theme file counts.
    public enum Purpose: Sendable {
        /// `check`: a theme file that cannot be used is an error, so a pull request
        /// that breaks the theme is caught before it is merged.
        case check
        /// `build` and `serve`: it is a warning, and the built-in page is published
        /// instead: the status page must go out during an outage.
        case publish
        /// `excused`, `notify`, `new`, `update`: it is a warning; the theme plays no part in
        /// the answer. Updates after the moment are not warned about either: a question
        /// about an earlier moment (`--as-of 2024-01-01`) is no typo.
        case query
    }

    /// Where a project's files are.
    public struct Location: Sendable {
        public var incidentsDirectory: String
        public var siteDirectory: String

        public init(incidentsDirectory: String, siteDirectory: String) {
            self.incidentsDirectory = incidentsDirectory
            self.siteDirectory = siteDirectory
        }

        /// `<site>/theme`, whose files override the built-in theme.
        public var themeDirectory: URL {
            URL(fileURLWithPath: siteDirectory).appendingPathComponent("theme")
        }
    }

    /// The whole project at `moment`.
    public static func load(_ location: Location, at moment: Moment, purpose: Purpose) async -> Project {
        let settings = settings(location, purpose: purpose)
        let corpus = CorpusLoader(context: context(settings, rendersHTML: purpose == .publish)).load(directory: location.incidentsDirectory)
        return assemble(settings: settings, corpus: corpus, at: moment, checkingFuture: purpose != .query)
    }

    /// `site.yml` and the theme alone: what `new` and `update` need, and what `serve`
    /// reloads when a file under `site/` changes.
    public static func settings(_ location: Location, purpose: Purpose) -> ProjectSettings {
        let (configuration, siteDiagnostics) = SiteConfigurationParser.load(siteDirectory: location.siteDirectory)
        let (theme, themeErrors) = SiteTheme.load(overrides: location.themeDirectory)
        let themeDiagnostics = purpose == .check ? themeErrors : themeErrors.map { Diagnostic(.warning, at: $0.location, $0.message) }
        return ProjectSettings(configuration: configuration, theme: theme, diagnostics: siteDiagnostics + themeDiagnostics)
    }

    /// How incident files are parsed under these settings. `rendersHTML`: for a site,
    /// which shows every text as HTML (`ParsingContext.rendersHTML`).
    public static func context(_ settings: ProjectSettings, rendersHTML: Bool = false) -> ParsingContext {
        ParsingContext(catalogue: settings.configuration.catalogue, rendersHTML: rendersHTML)
    }

    /// The project of already parsed incidents (`serve` keeps its corpus between
    /// rebuilds) at `moment`, with the checks that need it.
    public static func assemble(settings: ProjectSettings, corpus: Corpus, at moment: Moment, checkingFuture: Bool = true) -> Project {
        var project = Project(settings: settings, corpus: corpus, moment: moment, diagnostics: [])
        var checks: [Diagnostic] = []
        if checkingFuture {
            checks = FutureUpdateCheck(moment: moment).diagnostics(for: corpus.incidents)
                + StaleOpenCheck(moment: moment, days: settings.configuration.staleOpenDays)
                .diagnostics(for: project.incidents)
        }
        project.diagnostics = settings.diagnostics + (corpus.diagnostics + checks).sorted()
        return project
    }
}
