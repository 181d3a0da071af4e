import Foundation
import IncidentModel
import SiteConfig
import SiteContent
import Testing
import TestSupport

/// The Atom and RSS feeds read back with an XML parser: the elements RFC 4287 and RSS
/// 2.0 require, entry order, the cap of 50, and one feed per language.
@Suite("Atom and RSS feeds")
struct FeedTests {
    static let entryOrder = [
        "2025-06-10-onderhoud-verkoopaccount", "2025-06-10-bestellingen-vertraagd",
        "2025-06-17-onderhoud-verzendlabels", "2025-06-02-phone-lines-down",
    ]

    @Test("the Atom feed has what RFC 4287 requires, entries most recently updated first")
    func atom() throws {
        let xml = ParsedXML(try #require(FeedFixtures.files()["feed.atom"]))
        let feed = try #require(xml.root, "\(xml.error ?? "")")
        #expect(feed.name == "feed")
        #expect(feed.attributes["xmlns"] == "http://www.w3.org/2005/Atom")
        #expect(feed.child("id")?.text == "https://status.example.nl/feed.atom")
        #expect(feed.child("title")?.text == "Actuele storingen")
        #expect(feed.child("updated")?.text == "2025-06-10T22:00:00+02:00")
        #expect(feed.child("author")?.child("name")?.text == "Actuele storingen")
        let links = feed.children("link").map { [$0.attributes["rel"] ?? "", $0.attributes["href"] ?? ""] }
        #expect(links == [["self", "https://status.example.nl/feed.atom"], ["alternate", "https://status.example.nl/"]])
        let entries = feed.children("entry")
        #expect(entries.map { $0.child("id")?.text } == Self.entryOrder.map { "https://status.example.nl/incidents/\($0)/" })
        for entry in entries {
            for name in ["id", "title", "updated", "published", "content"] {
                #expect(entry.child(name) != nil, "entry without \(name)")
            }
            #expect(entry.child("link")?.attributes["rel"] == "alternate")
            #expect(entry.child("content")?.attributes["type"] == "html")
        }
        let orders = try #require(entries.first { $0.child("id")?.text.contains("bestellingen") == true })
        #expect(orders.child("title")?.text == "Actief: Nieuwe bestellingen komen vertraagd binnen")
        #expect(orders.child("updated")?.text == "2025-06-10T20:10:00+02:00")
        #expect(orders.child("published")?.text == "2025-06-10T14:05:00+02:00")
        #expect(orders.children("category").map { $0.attributes["term"] } == ["orders", "cancellations"])
        let html = try #require(orders.child("content")?.text)
        #expect(html.contains("<h3>10 juni 2025 om 15:30 — Oorzaak gevonden</h3>"))
        #expect(html.contains("<strong>vertraagd</strong>"))
        // Newest update first, as on the incident page.
        let monitoring = try #require(html.range(of: "Monitoren"))
        let investigating = try #require(html.range(of: "Onderzoek"))
        #expect(monitoring.lowerBound < investigating.lowerBound)
    }

    @Test("the RSS feed carries the same entries with RFC 822 dates")
    func rss() throws {
        let xml = ParsedXML(try #require(FeedFixtures.files()["feed.rss"]))
        let rss = try #require(xml.root, "\(xml.error ?? "")")
        #expect(rss.name == "rss" && rss.attributes["version"] == "2.0")
        let channel = try #require(rss.child("channel"))
        #expect(channel.child("link")?.text == "https://status.example.nl/")
        #expect(channel.child("atom:link")?.attributes["href"] == "https://status.example.nl/feed.rss")
        #expect(channel.child("atom:link")?.attributes["rel"] == "self")
        let items = channel.children("item")
        #expect(items.map { $0.child("guid")?.text } == Self.entryOrder.map { "https://status.example.nl/incidents/\($0)/" })
        #expect(items.allSatisfy { $0.child("guid")?.attributes["isPermaLink"] == "true" })
        #expect(items.map { $0.child("pubDate")?.text } == [
            "Tue, 10 Jun 2025 22:00:00 +0200", "Tue, 10 Jun 2025 20:10:00 +0200",
            "Thu, 05 Jun 2025 10:00:00 +0200", "Mon, 02 Jun 2025 11:00:00 +0200",
        ])
        #expect(items.last?.child("title")?.text == "Opgelost: Partner service phone lines unavailable")
    }

    @Test("the English feed lives under en/ with English labels and links")
    func english() throws {
        let files = try FeedFixtures.files()
        let feed = try FeedFixtures.xml(files, "en/feed.atom")
        #expect(feed.attributes["xml:lang"] == "en")
        #expect(feed.child("title")?.text == "Current outages")
        let entry = try #require(feed.children("entry").last)
        #expect(entry.child("title")?.text == "Resolved: Partner service phone lines unavailable")
        #expect(entry.child("link")?.attributes["href"] == "https://status.example.nl/en/incidents/2025-06-02-phone-lines-down/")
        #expect(entry.child("content")?.text.contains("2 June 2025 at 09:40 — Resolved") == true)
        let rss = try FeedFixtures.xml(files, "en/feed.rss")
        #expect(rss.child("channel")?.child("language")?.text == "en")
    }

    @Test("feeds hold the 50 most recently updated incidents")
    func entryLimit() throws {
        // Opened in order, but updated in the reverse order: the cap follows updates.
        let incidents = (1...70).map { number in
            let opened = WallClock.amsterdam.instant(LocalDateTime(year: 2025, month: 1, day: 1, hour: 8)).addingTimeInterval(Double(number) * 3_600)
            let updated = WallClock.amsterdam.instant(LocalDateTime(year: 2025, month: 5, day: 1, hour: 8)).addingTimeInterval(Double(71 - number) * 3_600)
            return Incident(
                id: IncidentID("storing-\(number)"), title: "Storing \(number)", opened: opened,
                updates: [Update(instant: updated, status: .resolved, body: "Opgelost.", location: SourceLocation(path: "x", line: 1, column: 1))],
                order: .oldestFirst)
        }
        let files = FeedFixtures.render(FeedFixtures.snapshot(incidents))
        let atom = try FeedFixtures.xml(files, "feed.atom")
        let ids = atom.children("entry").compactMap { $0.child("id")?.text }
        #expect(ids == (1...50).map { "https://status.example.nl/incidents/storing-\($0)/" })
        let rss = try FeedFixtures.xml(files, "feed.rss")
        #expect(rss.child("channel")?.children("item").count == 50)
    }

    @Test("a feed without incidents is still valid and dated by the reference time")
    func empty() throws {
        let files = FeedFixtures.render(FeedFixtures.snapshot([]))
        let atom = try FeedFixtures.xml(files, "feed.atom")
        #expect(atom.children("entry").isEmpty)
        #expect(atom.child("updated")?.text == "2025-06-10T23:00:00+02:00")
        let status = try FeedFixtures.json(files, "api/v2/summary.json")
        #expect((status["components"] as? [Any])?.count == 9)
        #expect((status["page"] as? [String: String])?["updated_at"] == "2025-06-10T23:00:00+02:00")
    }

    @Test("a site in one language has feeds at the root only")
    func oneLanguage() throws {
        let configuration = SiteConfiguration(baseURL: "https://status.example.nl/", languages: [.en])
        let files = FeedFixtures.render(FeedFixtures.snapshot(try FeedFixtures.incidents(), configuration: configuration))
        #expect(files["en/feed.atom"] == nil)
        let atom = try FeedFixtures.xml(files, "feed.atom")
        #expect(atom.child("title")?.text == "Current outages")
        #expect(try FeedFixtures.json(files, "api/v2/components.json")["components"].flatMap { ($0 as? [[String: Any]])?.first?["name"] as? String } == "Orders")
    }

    @Test("maintenance that starts and ends on schedule is updated then, without any update written")
    func scheduledTransitions() throws {
        let maintenance = try FeedFixtures.parse("""
            ---
            title: Onderhoud
            kind: maintenance
            services: [billing]
            scheduled: 2025-06-10 22:00 .. 2025-06-11 02:00
            ---
            ## 2025-06-01 10:00 — Gepland
            Aangekondigd.
            """, path: "incidents/onderhoud.md")
        func entry(at local: LocalDateTime) throws -> (title: String?, updated: String?) {
            let files = FeedFixtures.render(FeedFixtures.snapshot([maintenance], asOf: WallClock.amsterdam.instant(local)))
            let entry = try FeedFixtures.xml(files, "feed.atom").child("entry")
            return (entry?.child("title")?.text, entry?.child("updated")?.text)
        }
        let before = try entry(at: LocalDateTime(year: 2025, month: 6, day: 10, hour: 21))
        #expect(before.title == "Gepland: Onderhoud" && before.updated == "2025-06-01T10:00:00+02:00")
        let during = try entry(at: LocalDateTime(year: 2025, month: 6, day: 10, hour: 23))
        #expect(during.title == "Onderhoud bezig: Onderhoud" && during.updated == "2025-06-10T22:00:00+02:00")
        let after = try entry(at: LocalDateTime(year: 2025, month: 6, day: 11, hour: 9))
        #expect(after.title == "Afgerond: Onderhoud" && after.updated == "2025-06-11T02:00:00+02:00")
    }
}
