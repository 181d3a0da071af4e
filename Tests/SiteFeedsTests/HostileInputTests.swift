import Foundation
import IncidentModel
import Testing
import TestSupport

/// Markup and script in a title or an update stay inert: escaped text in Atom and RSS,
/// dropped or emptied by libcmark's safe mode in the HTML content, plain strings in JSON.
@Suite("Hostile input")
struct HostileInputTests {
    static let title = #"Storing <script>alert(1)</script> "><img src=x onerror=alert(2)> & co"#
    static let body = """
        Lees <script>alert(3)</script> dit "><img src=x onerror=alert(4)>.

        [klik hier](javascript:alert(5)) of <a href="javascript:alert(6)">hier</a>.
        """

    static func files() throws -> [String: String] {
        let incident = try FeedFixtures.parse("""
            ---
            title: '\(title)'
            services: [orders]
            impact: major
            ---

            ## 2025-06-10 21:00 — Storing

            \(body)
            """, path: "incidents/hostile.md")
        return FeedFixtures.render(FeedFixtures.snapshot([incident]))
    }

    @Test("the XML of the feeds holds no live markup from the input", arguments: ["feed.atom", "feed.rss", "en/feed.atom", "en/feed.rss"])
    func rawXML(path: String) throws {
        let xml = try #require(try Self.files()[path])
        for needle in ["<script", "<img", "<a ", "javascript:"] {
            #expect(!xml.contains(needle), "\(path) contains \(needle)")
        }
        // The title is there, escaped once.
        #expect(xml.contains("Storing &lt;script&gt;alert(1)&lt;/script&gt; \"&gt;&lt;img src=x onerror=alert(2)&gt; &amp; co"))
    }

    @Test("a parser reads the title back exactly and finds no script in the HTML content", arguments: ["feed.atom", "feed.rss"])
    func parsed(path: String) throws {
        let parsed = ParsedXML(try #require(try Self.files()[path]))
        let root = try #require(parsed.root, "\(parsed.error ?? "")")
        let entry = try #require(root.descendants.first { $0.name == "entry" || $0.name == "item" })
        #expect(entry.child("title")?.text == "Actief: " + Self.title)
        let html = try #require(entry.child("content")?.text ?? entry.child("description")?.text)
        for needle in ["<script", "<img", "onerror=alert(4)>", "javascript:"] {
            #expect(!html.contains(needle), "the HTML content contains \(needle): \(html)")
        }
        // What remains is text (escaped for HTML, quotes made typographic) and an emptied link.
        #expect(html.contains("dit “&gt;<!-- raw HTML omitted -->."))
        #expect(html.contains(#"<a href="">klik hier</a>"#))
    }

    @Test("JSON carries title and body as plain strings")
    func json() throws {
        let files = try Self.files()
        let incidents = try FeedFixtures.json(files, "api/v2/incidents.json")["incidents"] as? [[String: Any]]
        let incident = try #require(incidents?.first)
        #expect(incident["name"] as? String == Self.title)
        let update = try #require((incident["incident_updates"] as? [[String: Any]])?.first)
        #expect(update["body"] as? String == Self.body)
    }

    @Test("characters XML 1.0 forbids never reach a feed")
    func controlCharacters() throws {
        let incident = Incident(
            id: IncidentID("control"), title: "Bel\u{7}letje \u{1B}[31mrood",
            updates: [Update(instant: FeedFixtures.asOf.addingTimeInterval(-60), status: .investigating,
                             body: "Tekst met \u{0B} verticale tab", location: SourceLocation(path: "x", line: 1, column: 1))],
            order: .oldestFirst)
        let files = FeedFixtures.render(FeedFixtures.snapshot([incident]))
        for path in ["feed.atom", "feed.rss"] {
            let parsed = ParsedXML(try #require(files[path]))
            #expect(parsed.root != nil, "\(path): \(parsed.error ?? "")")
        }
    }
}
