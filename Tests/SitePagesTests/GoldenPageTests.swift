import Foundation
import SiteContent
import Testing
import TestSupport

@testable import SitePages

/// The front page, the seed incident's page and the Servicenormen page of the fixture
/// corpus, in both languages, compared with reviewed golden files.
@Suite struct GoldenPageTests {
    static let pages: [(path: String, golden: String)] = [
        ("index.html", "home.nl.html"),
        ("en/index.html", "home.en.html"),
        ("incidents/2023-12-13-bestellingen/index.html", "incident-bestellingen.nl.html"),
        ("en/incidents/2023-12-13-bestellingen/index.html", "incident-bestellingen.en.html"),
        ("norms/index.html", "norms.nl.html"),
        ("en/norms/index.html", "norms.en.html"),
    ]

    @Test(arguments: pages)
    func pageMatchesGoldenFile(path: String, golden: String) throws {
        let snapshot = FixtureSite.snapshot(try FixtureSite.incidents())
        let (files, diagnostics) = SitePages.render(snapshot, themeDirectory: nil)
        #expect(diagnostics.isEmpty)
        let page = try #require(FixtureSite.texts(of: files)[path], "no page at \(path)")
        Snapshot.assertMatches(page, named: golden)
    }
}
