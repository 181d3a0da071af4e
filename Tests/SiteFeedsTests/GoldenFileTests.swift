import Foundation
import Testing
import TestSupport

/// The fixture corpus rendered and compared with the checked golden files, so any change
/// to the bytes of a feed or the API shows up as a reviewable diff.
@Suite("Golden files")
struct GoldenFileTests {
    @Test("generated files match the golden files", arguments: [
        ("feed.atom", "feed.atom"),
        ("feed.rss", "feed.rss"),
        ("en/feed.atom", "en-feed.atom"),
        ("services/orders/feed.atom", "service-orders-feed.atom"),
        ("services/orders/feed.rss", "service-orders-feed.rss"),
        ("maintenance.ics", "maintenance.ics"),
        ("api/v2/summary.json", "summary.json"),
        ("api/v2/incidents.json", "incidents.json"),
        ("api/v2/scheduled-maintenances.json", "scheduled-maintenances.json"),
        ("sitemap.xml", "sitemap.xml"),
        ("robots.txt", "robots.txt"),
    ])
    func golden(path: String, golden: String) throws {
        let files = try FeedFixtures.files()
        let text = try #require(files[path], "no \(path) among \(files.keys.sorted())")
        Snapshot.assertMatches(text, named: golden)
    }

    @Test("every output file of the fixture corpus")
    func outputPaths() throws {
        let services = ["orders", "cancellations", "shipping", "customer-questions", "returns", "phone", "billing", "account", "offers"]
        let norms = ["on-time-delivery", "cancellations", "track-and-trace", "response-time", "phone-reachability", "returns", "rating"]
        let perLanguage = ["feed.atom", "feed.rss", "maintenance.ics"]
            + services.flatMap { ["services/\($0)/feed.atom", "services/\($0)/feed.rss"] }
            + norms.flatMap { ["norms/\($0)/feed.atom", "norms/\($0)/feed.rss"] }
        let expected = [
            "api/v2/components.json",
            "api/v2/incidents.json",
            "api/v2/incidents/unresolved.json",
            "api/v2/scheduled-maintenances.json",
            "api/v2/scheduled-maintenances/active.json",
            "api/v2/scheduled-maintenances/upcoming.json",
            "api/v2/status.json",
            "api/v2/summary.json",
            "robots.txt",
            "sitemap.xml",
        ] + perLanguage + perLanguage.map { "en/" + $0 }
        #expect(try FeedFixtures.files().keys.sorted() == expected.sorted())
    }
}
