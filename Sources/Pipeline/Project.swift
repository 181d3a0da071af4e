import IncidentCorpus
import IncidentModel
import SiteConfig

/// A status-page project as read from disk: its `site.yml` settings and its incidents,
/// with every diagnostic of both. Commands refuse to publish or answer while it has errors.
public struct Project: Sendable {
    public var configuration: SiteConfiguration
    public var corpus: Corpus
    /// Problems of `site.yml`, then of the incident files.
    public var diagnostics: [Diagnostic]

    public init(configuration: SiteConfiguration, corpus: Corpus, diagnostics: [Diagnostic]) {
        self.configuration = configuration
        self.corpus = corpus
        self.diagnostics = diagnostics
    }

    public var hasErrors: Bool { diagnostics.containsErrors }
    public var incidents: [Incident] { corpus.incidents }
}
