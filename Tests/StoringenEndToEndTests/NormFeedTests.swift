import Foundation
import Testing
import TestSupport

/// A norm's feed (`norms/<key>/feed.atom`, read by Python's feedparser) follows its
/// excused windows: during the shipping-label outage of 8 October 2024 an entry shows
/// the window as ongoing; after the resolution the same entry (same id) says when it
/// ends and is updated.
struct NormFeedTests {
    struct Entry: Decodable, Equatable {
        var id: String
        var title: String
        var updated: String
    }

    /// The entries of a feed, as feedparser reads them.
    func entries(_ feed: URL) throws -> [Entry] {
        let script = """
            import feedparser, json, sys
            parsed = feedparser.parse(sys.argv[1])
            assert not parsed.bozo, parsed.bozo_exception
            print(json.dumps([{"id": e.id, "title": e.title, "updated": e.updated} for e in parsed.entries]))
            """
        let result = try Python.run(["-c", script, feed.path])
        try #require(result.status == 0, "\(result.output)")
        return try JSONDecoder().decode([Entry].self, from: Data(result.output.utf8))
    }

    func feed(at moment: String, lang: String = "") throws -> [Entry] {
        let site = try Fixtures.temporaryDirectory("norm-feed")
        #expect(try CLI.run(["build", "--output", site.path, "--as-of", moment]).status == 0)
        return try entries(site.appendingPathComponent("\(lang)norms/on-time-delivery/feed.atom"))
    }

    @Test(.enabled(if: Python.hasModules("feedparser"), "needs python3 with feedparser"))
    func anEntryAppearsWhenAWindowOpensAndIsUpdatedWhenItCloses() throws {
        let before = try feed(at: "2024-10-08 07:00")
        let during = try feed(at: "2024-10-08 12:00")
        let after = try feed(at: "2024-10-09 12:00")
        let opened = try #require(during.first)
        #expect(!before.contains { $0.id == opened.id }, "no entry before the window opens")
        #expect(opened.title.contains("(loopt nog)"))
        let closed = try #require(after.first { $0.id == opened.id }, "the same entry once the window closed")
        #expect(!closed.title.contains("(loopt nog)") && closed.title.contains("09-10-2024 12:30"))
        #expect(closed.updated > opened.updated)
        #expect(try feed(at: "2024-10-09 12:00", lang: "en/").first?.title.contains("On-time delivery excused") == true)
    }
}
