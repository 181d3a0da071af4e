import Foundation
import IncidentModel
import SiteConfig
import SiteContent
import Testing
import TestSupport

/// `services/<key>/feed.atom` and `feed.rss`: a seller who uses only some services
/// follows only those, so each feed carries the incidents that list its service and
/// nothing else, and describes itself as that service's feed.
@Suite("Per-service feeds")
struct ServiceFeedTests {
    /// The entry ids (incident page URLs) of an Atom feed, in order.
    static func atomEntries(_ files: [String: String], _ path: String) throws -> [String] {
        try FeedFixtures.xml(files, path).children("entry").compactMap { $0.child("id")?.text }
    }

    /// The item guids of an RSS feed, in order.
    static func rssItems(_ files: [String: String], _ path: String) throws -> [String] {
        try #require(try FeedFixtures.xml(files, path).child("channel")).children("item").compactMap { $0.child("guid")?.text }
    }

    @Test("every service's feeds, in both languages, hold exactly the incidents that list it, most recently updated first")
    func onlyTheirService() throws {
        let incidents = try FeedFixtures.incidents()
        let files = FeedFixtures.render(FeedFixtures.snapshot(incidents))
        let services = Dictionary(uniqueKeysWithValues: incidents.map { ($0.id.rawValue, $0.services) })
        var nonEmpty = 0
        for prefix in ["", "en/"] {
            for service in FeedFixtures.configuration.catalogue.services {
                let expected = FeedTests.entryOrder.filter { services[$0]?.contains(service.key) == true }
                    .map { "https://status.example.nl/\(prefix)incidents/\($0)/" }
                let folder = "\(prefix)services/\(service.key)/"
                #expect(try Self.atomEntries(files, folder + "feed.atom") == expected, "\(folder)feed.atom")
                #expect(try Self.rssItems(files, folder + "feed.rss") == expected, "\(folder)feed.rss")
                // Each entry names the service among its categories.
                let feed = try FeedFixtures.xml(files, folder + "feed.atom")
                for entry in feed.children("entry") {
                    #expect(entry.children("category").contains { $0.attributes["term"] == service.key.rawValue }, "\(folder)")
                }
                if !expected.isEmpty { nonEmpty += 1 }
            }
        }
        // phone, orders, cancellations, account, offers, shipping, returns; billing and customer questions have none.
        #expect(nonEmpty == 2 * 7)
    }

    @Test("a service feed names the service, links to its page and to itself, and dates itself by its newest entry")
    func channel() throws {
        let files = try FeedFixtures.files()
        let atom = try FeedFixtures.xml(files, "services/orders/feed.atom")
        #expect(atom.child("id")?.text == "https://status.example.nl/services/orders/feed.atom")
        #expect(atom.child("title")?.text == "Actuele storingen – Bestellingen")
        #expect(atom.child("subtitle")?.text == "Storingen en onderhoud bij Bestellingen")
        #expect(atom.child("updated")?.text == "2025-06-10T20:10:00+02:00")
        let links = atom.children("link").map { [$0.attributes["rel"] ?? "", $0.attributes["href"] ?? ""] }
        #expect(links == [
            ["self", "https://status.example.nl/services/orders/feed.atom"],
            ["alternate", "https://status.example.nl/services/orders/"],
        ])
        // The site publishes every feed: the author is the site.
        #expect(atom.child("author")?.child("uri")?.text == "https://status.example.nl/")

        let channel = try #require(try FeedFixtures.xml(files, "en/services/orders/feed.rss").child("channel"))
        #expect(channel.child("title")?.text == "Current outages – Orders")
        #expect(channel.child("link")?.text == "https://status.example.nl/en/services/orders/")
        #expect(channel.child("atom:link")?.attributes["href"] == "https://status.example.nl/en/services/orders/feed.rss")
        #expect(channel.child("lastBuildDate")?.text == "Tue, 10 Jun 2025 20:10:00 +0200")
        #expect(channel.child("language")?.text == "en")
    }

    @Test("a service without incidents has an empty feed dated by the site's last change, not the clock")
    func emptyService() throws {
        let files = try FeedFixtures.files()
        let site = try FeedFixtures.xml(files, "feed.atom")
        let billing = try FeedFixtures.xml(files, "services/billing/feed.atom")
        #expect(billing.children("entry").isEmpty)
        #expect(billing.child("updated")?.text == site.child("updated")?.text)
        let later = FeedFixtures.render(FeedFixtures.snapshot(try FeedFixtures.incidents(), asOf: FeedFixtures.asOf.addingTimeInterval(600)))
        #expect(later["services/billing/feed.atom"] == files["services/billing/feed.atom"])
    }

    @Test("a service feed holds its own 50 most recent incidents, however old, not a slice of the site feed")
    func ownLimit() throws {
        let start = WallClock.amsterdam.instant(LocalDateTime(year: 2024, month: 1, day: 1, hour: 9))
        let location = SourceLocation(path: "x", line: 1, column: 1)
        func incident(_ number: Int, service: String, day: Int) -> Incident {
            let opened = start.addingTimeInterval(Double(day) * 86_400)
            return Incident(
                id: IncidentID("\(service)-\(number)"), title: "Storing \(number)", services: [ServiceKey(service)],
                updates: [
                    Update(instant: opened, status: .investigating, body: "Onderzoek.", location: location),
                    Update(instant: opened.addingTimeInterval(3_600), status: .resolved, body: "Opgelost.", location: location),
                ],
                order: .oldestFirst)
        }
        // Three old phone incidents, then 60 newer order incidents.
        let incidents = (0..<3).map { incident($0, service: "phone", day: $0) }
            + (0..<60).map { incident($0, service: "orders", day: 10 + $0) }
        let files = FeedFixtures.render(FeedFixtures.snapshot(incidents, asOf: start.addingTimeInterval(100 * 86_400)))
        let site = try Self.atomEntries(files, "feed.atom")
        #expect(site.count == 50)
        #expect(!site.contains { $0.contains("phone-") })
        let orders = try Self.atomEntries(files, "services/orders/feed.atom")
        #expect(orders == (10..<60).reversed().map { "https://status.example.nl/incidents/orders-\($0)/" })
        #expect(try Self.rssItems(files, "services/phone/feed.rss") == (0..<3).reversed().map { "https://status.example.nl/incidents/phone-\($0)/" })
    }

    @Test("an incident that names a service twice is in that service's feed once")
    func duplicateService() throws {
        let incident = try FeedFixtures.parse("""
            ---
            title: Dubbel genoemd
            services: [orders, orders]
            ---

            ## 2025-06-10 10:00 — Onderzoek

            Iets.
            """, path: "incidents/dubbel.md")
        let files = FeedFixtures.render(FeedFixtures.snapshot([incident]))
        #expect(try Self.atomEntries(files, "services/orders/feed.atom") == ["https://status.example.nl/incidents/dubbel/"])
    }

    /// Entries are made once per incident and language and shared by the feeds that show
    /// the incident (`FeedEntries`): each must still be the entry of its feed's language.
    @Test("an incident's entry is the same in the site's feed and its services' feeds, and in each feed's language")
    func sharedEntries() throws {
        let incidents = try FeedFixtures.incidents()
        let files = FeedFixtures.render(FeedFixtures.snapshot(incidents))
        var compared = 0
        var contentByLanguage: [String: [String: String]] = [:]
        for prefix in ["", "en/"] {
            let site = Dictionary(
                uniqueKeysWithValues: try FeedFixtures.xml(files, prefix + "feed.atom").children("entry").map { entry in
                    (entry.child("id")?.text ?? "", entry)
                })
            for incident in incidents {
                let id = "https://status.example.nl/\(prefix)incidents/\(incident.id)/"
                guard let entry = site[id] else { continue }
                contentByLanguage[incident.id.rawValue, default: [:]][prefix] = entry.child("content")?.text
                for service in Set(incident.services) {
                    let feed = try FeedFixtures.xml(files, "\(prefix)services/\(service)/feed.atom")
                    let same = try #require(feed.children("entry").first { $0.child("id")?.text == id }, "\(service) \(id)")
                    #expect(same.child("title")?.text == entry.child("title")?.text, "\(service) \(id)")
                    #expect(same.child("content")?.text == entry.child("content")?.text, "\(service) \(id)")
                    #expect(same.children("category").map(\.attributes) == entry.children("category").map(\.attributes))
                    compared += 1
                }
            }
            let titles = site.values.compactMap { $0.child("title")?.text }
            #expect(titles.contains { $0.hasPrefix(prefix.isEmpty ? "Opgelost: " : "Resolved: ") }, "\(prefix)feed.atom")
        }
        #expect(compared >= 8)
        for (incident, contents) in contentByLanguage {
            #expect(contents[""] != contents["en/"], "\(incident): the Dutch and English entries differ")
        }
    }
}
