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
        // 2 × (home + archive pages + incidents + services + 9 services + norms) + 404 + style.css + favicon.svg
        #expect(files.count == 2 * (1 + 24 + 1_200 + 1 + 9 + 1) + 3)
        #expect(Set(files.map(\.path)).count == files.count)
        #expect(files.contains { $0.path == "archive/page/24/index.html" })
        #expect(!files.contains { $0.path == "archive/page/25/index.html" })
    }
}
