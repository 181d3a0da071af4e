import IncidentCorpus
import IncidentModel
import SiteConfig
import SitePages

/// A status-page project as read from disk: its `site.yml` settings, its theme and its
/// incidents, with every diagnostic of all three. Commands refuse to publish or answer
/// while it has errors.
public struct Project: Sendable {
    public var settings: ProjectSettings
    public var corpus: Corpus
    /// Problems of `site.yml` and the theme, then of the incident files.
    public var diagnostics: [Diagnostic]

    public init(settings: ProjectSettings, corpus: Corpus, diagnostics: [Diagnostic]) {
        self.settings = settings
        self.corpus = corpus
        self.diagnostics = diagnostics
    }

    public var configuration: SiteConfiguration { settings.configuration }
    public var theme: SiteTheme { settings.theme }
    public var hasErrors: Bool { diagnostics.containsErrors }
    public var incidents: [Incident] { corpus.incidents }
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
