import Foundation
import IncidentCorpus
import IncidentModel
import IncidentParsing
import SiteConfig

/// The read and parse stages: `site.yml` first (its catalogue decides which services
/// and norms incidents may name), then every incident file.
public enum ProjectLoader {
    public static func load(incidentsDirectory: String, siteDirectory: String) async -> Project {
        let (configuration, siteDiagnostics) = SiteConfigurationParser.load(siteDirectory: siteDirectory)
        let context = ParsingContext(catalogue: configuration.catalogue)
        let corpus = await CorpusLoader(context: context).load(directory: incidentsDirectory)
        return Project(configuration: configuration, corpus: corpus, diagnostics: siteDiagnostics + corpus.diagnostics)
    }
}
