import Foundation
import IncidentModel
import Testing
import TestSupport

/// The project's own `incidents/` (the seed outage, English and Dutch incidents, past
/// and future maintenance) rendered at a moment when a maintenance is running.
@Suite("The project's incidents")
struct RealCorpusTests {
    static let folder = FeedFixtures.directory
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("incidents")

    /// 2026-12-08 23:00: the shipping maintenance of that night is under way.
    static let asOf = WallClock.amsterdam.instant(LocalDateTime(year: 2026, month: 12, day: 8, hour: 23))

    static func files() throws -> [String: String] {
        let paths = try FileManager.default.subpathsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".md") }.sorted()
        try #require(paths.count >= 5, "expected the example incidents in \(folder.path)")
        let incidents = try paths.map { path in
            try FeedFixtures.parse(String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8), path: "incidents/\(path)")
        }
        return FeedFixtures.render(FeedFixtures.snapshot(incidents, asOf: asOf))
    }

    @Test("every XML file is well-formed and every API file has the Statuspage layout")
    func valid() throws {
        let files = try Self.files()
        for (path, text) in files where path.hasSuffix(".xml") || path.hasSuffix(".atom") || path.hasSuffix(".rss") {
            let parsed = ParsedXML(text)
            #expect(parsed.root != nil, "\(path): \(parsed.error ?? "")")
        }
        let layout = StatuspageLayoutTests()
        for path in StatuspageLayoutTests.files.map(\.path) {
            let document = try FeedFixtures.json(files, path)
            var problems: [String] = []
            layout.check(document["page"], as: .page, at: "page", problems: &problems)
            for (key, type) in [("components", StatuspageLayoutTests.ObjectType.component), ("incidents", .incident),
                                ("scheduled_maintenances", .maintenance)] {
                for (offset, item) in (document[key] as? [Any] ?? []).enumerated() {
                    layout.check(item, as: type, at: "\(key)[\(offset)]", problems: &problems)
                }
            }
            #expect(problems.isEmpty, "\(path):\n\(problems.joined(separator: "\n"))")
        }
    }

    @Test("the running maintenance shows everywhere a client looks")
    func runningMaintenance() throws {
        let files = try Self.files()
        let active = try FeedFixtures.json(files, "api/v2/scheduled-maintenances/active.json")
        #expect(StatuspageContentTests.ids(active, "scheduled_maintenances") == ["2026-12-08-onderhoud-verzendlabels"])
        let components = try FeedFixtures.json(files, "api/v2/components.json")["components"] as? [[String: Any]] ?? []
        #expect(components.filter { $0["status"] as? String == "under_maintenance" }.compactMap { $0["id"] as? String } == ["shipping", "returns"])
        let feed = try FeedFixtures.xml(files, "feed.atom")
        #expect(feed.children("entry").first?.child("title")?.text == "Onderhoud bezig: Gepland onderhoud Verzenden via bol en retourlabels")
    }

    @Test("feedparser reads the feeds of the project's incidents", .enabled(
        if: Python.hasModules("feedparser"),
        "needs python3 with the feedparser package (pip install feedparser)"))
    func feedparser() throws {
        let parsed = try ExternalValidationTests().feedparser(try Self.files(), ["feed.atom", "feed.rss", "en/feed.atom", "en/feed.rss"])
        let count = try FileManager.default.subpathsOfDirectory(atPath: Self.folder.path).filter { $0.hasSuffix(".md") }.count
        for (path, feed) in parsed {
            #expect(feed.bozo == 0, "\(path): \(feed.exception)")
            #expect(feed.entries == min(count, 50))
        }
    }
}
