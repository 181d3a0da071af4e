import Foundation
import OutputEncoding
import SiteContent
import Testing

@testable import SitePages

/// A large corpus renders completely: every incident, every archive page, nothing twice.
/// How fast is measured by `storingen-bench`, never asserted here.
@Suite struct ScaleTests {
    static func files(incidents count: Int) throws -> [OutputFile] {
        var configuration = FixtureSite.configuration
        configuration.archivePageSize = 50
        let snapshot = FixtureSite.snapshot(try SyntheticCorpus.incidents(count: count), configuration: configuration)
        return SitePages.render(snapshot, themeDirectory: nil, concurrently: true).files
    }

    @Test func twelveHundredIncidentsGiveEveryPageOnce() throws {
        let files = try Self.files(incidents: 1_200)
        let incidentPages = files.filter { $0.path.hasPrefix("incidents/") || $0.path.hasPrefix("en/incidents/") }
        #expect(incidentPages.count == 2 * 1_200)
        // 2 × the translated pages + 404 + 2 × 10 badges + style.css + favicon.svg,
        // and per language a banner for the site and one per service (2 × 10) + the web component
        // + the sitemap: an index and its parts of 1,000 URLs each (2 × 1,200 incident pages alone).
        let snapshot = try FixtureSite.snapshot(SyntheticCorpus.incidents(count: 1_200), configuration: {
            var configuration = FixtureSite.configuration
            configuration.archivePageSize = 50
            return configuration
        }())
        let translated: Int = PageKinds.pages(in: snapshot).filter { type(of: $0).isTranslated }.count
        let sitemapFiles = files.filter { $0.path.hasPrefix("sitemap") }.map(\.path).sorted()
        let parts = (2 * translated + 999) / 1_000
        #expect(sitemapFiles == (["sitemap.xml"] + (1...parts).map { "sitemap-\($0).xml" }).sorted())
        let expected: Int = 2 * translated + 1 + 20 + 2 + 20 + 1 + 1 + parts
        #expect(files.count == expected)
        #expect(Set(files.map(\.path)).count == files.count)
        #expect(files.contains { $0.path == "archive/page/24/index.html" })
        #expect(!files.contains { $0.path == "archive/page/25/index.html" })
    }
}
