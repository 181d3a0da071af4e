import Foundation
import IncidentCorpus
import IncidentModel
import IncidentParsing
import OutputEncoding
import Pipeline
import SitePages
import Testing
import TestSupport

/// A postmortem goes from Markdown to its own section on the incident page, into the
/// feeds, and into the Statuspage API as `postmortem_body`.
@Suite struct PostmortemRoundTripTests {
    static let markdown = """
        ---
        title: Inloggen op verkoopaccount niet mogelijk
        services: [account]
        impact: major
        ---

        ## Nabeschouwing

        **Wat ging er mis?** Een certificaat van de sms-leverancier verliep.

        - We bewaken nu ook de certificaten van leveranciers.

        ## 2025-02-04 10:20 — Hersteld

        Inloggen werkt weer.

        ## 2025-02-04 07:35 — Storing

        Inloggen lukt niet.
        """

    @Test func markdownBecomesAPageSectionFeedContentAndPostmortemBody() throws {
        let parsed = IncidentParser().parse(Self.markdown, path: "incidents/inloggen.md")
        let incident = try #require(parsed.incident, "\(parsed.diagnostics)")
        guard case .success(let asOf) = StandaloneTimestamp.instant("2025-02-05 12:00", clock: .amsterdam) else { throw CancellationError() }
        let project = Project(
            settings: ProjectSettings(configuration: .init(baseURL: "https://status.example.nl/"), theme: .builtIn, diagnostics: []),
            corpus: Corpus(incidents: [incident], diagnostics: [], fileCount: 1), moment: Moment(asOf), diagnostics: [])
        let files = Dictionary(uniqueKeysWithValues: project.renderSite().files(concurrently: false).map {
            ($0.path, String(decoding: $0.contents, as: UTF8.self))
        })
        let page = try #require(files["incidents/inloggen/index.html"])
        let section = try #require(page.firstMatch(of: /<section class="postmortem".*?<\/section>\n/.dotMatchesNewlines()))
        Snapshot.assertMatches(String(section.0), named: "postmortem-section.nl.html")
        #expect(try #require(files["en/incidents/inloggen/index.html"]).contains("<h2 id=\"postmortem-heading\">Postmortem</h2>"))

        let api = try #require(files["api/v2/incidents.json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(api.utf8)) as? [String: Any])
        let first = try #require((json["incidents"] as? [[String: Any]])?.first)
        #expect(first["postmortem_body"] as? String == "**Wat ging er mis?** Een certificaat van de sms-leverancier verliep.\n\n- We bewaken nu ook de certificaten van leveranciers.")
        #expect(first["status"] as? String == "postmortem", "Statuspage's status of a resolved incident with a postmortem")
        #expect((first["incident_updates"] as? [Any])?.count == 2, "the postmortem is not an update")
        #expect(try #require(files["feed.atom"]).contains("&lt;h3&gt;Nabeschouwing&lt;/h3&gt;\n&lt;p&gt;&lt;strong&gt;Wat ging er mis?&lt;/strong&gt;"))
    }
}
