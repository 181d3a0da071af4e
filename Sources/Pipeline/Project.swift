import IncidentCorpus
import IncidentModel
import SiteConfig
import SitePages

/// A status-page project as read from disk, at the moment a command describes: its
/// `site.yml` settings, its theme and its incidents as known at that moment, with every
/// diagnostic of all three. Every stage after loading reads `moment` and `incidents`
/// from here, so a command's site, windows and messages describe one moment. Commands
/// refuse to publish or answer while it has errors.
public struct Project: Sendable {
    public var settings: ProjectSettings
    /// Every incident file as written, updates dated after `moment` included.
    public var corpus: Corpus
    /// The moment the command describes, resolved once.
    public let moment: Moment
    /// The incidents as known at `moment` (`Moment.known`): updates dated later are left
    /// out, and an incident none of whose updates is dated at or before it is not there.
    public let incidents: [Incident]
    /// Problems of `site.yml` and the theme, then of the incident files.
    public var diagnostics: [Diagnostic]

    public init(settings: ProjectSettings, corpus: Corpus, moment: Moment, diagnostics: [Diagnostic]) {
        self.settings = settings
        self.corpus = corpus
        self.moment = moment
        self.incidents = moment.known(corpus.incidents)
        self.diagnostics = diagnostics
    }

    public var configuration: SiteConfiguration { settings.configuration }
    public var theme: SiteTheme { settings.theme }
    public var hasErrors: Bool { diagnostics.containsErrors }
}

/// What the `site/` folder decides: `site.yml` and the theme, with their problems.
public struct ProjectSettings: Sendable {
    public var configuration: SiteConfiguration
    public var theme: SiteTheme
    public var diagnostics: [Diagnostic]

    public init(configuration: SiteConfiguration, theme: SiteTheme, diagnostics: [Diagnostic]) {
        self.configuration = configuration
        self.theme = theme
        self.diagnostics = diagnostics
    }

    public var hasErrors: Bool { diagnostics.containsErrors }
}
