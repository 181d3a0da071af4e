import Foundation
import Testing
import TestSupport
@testable import SitePages

/// Our feeds and sitemap read by independent implementations: Python's `feedparser`
/// (`pip install feedparser`, Debian `python3-feedparser`) and the standard library's
/// XML parser.
@Suite("Validation by independent libraries")
struct ExternalValidationTests {
    /// What the script prints per feed.
    struct ParsedFeed: Decodable {
        var bozo: Int
        var exception: String
        var version: String
        var entries: Int
        var titles: [String]
        var links: [String]
    }

    static let feedScript = """
        import feedparser, json, sys
        result = {}
        for path in sys.argv[1:]:
            parsed = feedparser.parse(path)
            result[path] = {
                "bozo": int(parsed.bozo),
                "exception": str(parsed.get("bozo_exception", "")),
                "version": parsed.version,
                "entries": len(parsed.entries),
                "titles": [entry.get("title", "") for entry in parsed.entries],
                "links": [entry.get("link", "") for entry in parsed.entries],
            }
        print(json.dumps(result))
        """

    /// Writes the named outputs to a temporary folder and runs feedparser on them.
    func feedparser(_ files: [String: String], _ paths: [String]) throws -> [String: ParsedFeed] {
        let folder = try Fixtures.temporaryDirectory("feeds")
        defer { try? FileManager.default.removeItem(at: folder) }
        var arguments = ["-c", Self.feedScript]
        for path in paths {
            let url = folder.appendingPathComponent(path.replacingOccurrences(of: "/", with: "-"))
            try Data(try #require(files[path]).utf8).write(to: url)
            arguments.append(url.path)
        }
        let result = try Python.run(arguments)
        try #require(result.status == 0, "\(result.output)")
        let parsed = try JSONDecoder().decode([String: ParsedFeed].self, from: Data(result.output.utf8))
        return Dictionary(uniqueKeysWithValues: zip(paths, arguments.dropFirst(2)).map { ($0, parsed[$1]!) })
    }

    @Test("feedparser reads both feeds in both languages without complaint", .enabled(
        if: Python.hasModules("feedparser"),
        "needs python3 with the feedparser package (pip install feedparser)"))
    func fixtureFeeds() throws {
        let paths = ["feed.atom", "feed.rss", "en/feed.atom", "en/feed.rss"]
        let parsed = try feedparser(try FeedFixtures.files(), paths)
        for path in paths {
            let feed = try #require(parsed[path])
            #expect(feed.bozo == 0, "\(path): \(feed.exception)")
            #expect(feed.version == (path.hasSuffix(".atom") ? "atom10" : "rss20"))
            #expect(feed.entries == 4)
            #expect(feed.links.allSatisfy { $0.hasPrefix("https://status.example.nl/") })
        }
        #expect(parsed["feed.atom"]?.titles.first == "Onderhoud bezig: Onderhoud verkoopaccount & Retailer API")
        #expect(parsed["feed.rss"]?.titles == parsed["feed.atom"]?.titles)
    }

    @Test("feedparser reads every service's feeds in both languages, each entry about that service", .enabled(
        if: Python.hasModules("feedparser"),
        "needs python3 with the feedparser package (pip install feedparser)"))
    func serviceFeeds() throws {
        let files = try FeedFixtures.files()
        let services = FeedFixtures.configuration.catalogue.services
        let paths = ["", "en/"].flatMap { prefix in
            services.flatMap { ["\(prefix)services/\($0.key)/feed.atom", "\(prefix)services/\($0.key)/feed.rss"] }
        }
        let parsed = try feedparser(files, paths)
        for path in paths {
            let feed = try #require(parsed[path])
            #expect(feed.bozo == 0, "\(path): \(feed.exception)")
            #expect(feed.version == (path.hasSuffix(".atom") ? "atom10" : "rss20"), "\(path)")
            #expect(feed.links.allSatisfy { $0.hasPrefix("https://status.example.nl/\(path.hasPrefix("en/") ? "en/" : "")incidents/") })
        }
        #expect(parsed["services/orders/feed.atom"]?.titles == ["Actief: Nieuwe bestellingen komen vertraagd binnen"])
        #expect(parsed["en/services/phone/feed.rss"]?.titles == ["Resolved: Partner service phone lines unavailable"])
        #expect(parsed["services/billing/feed.atom"]?.entries == 0)
        #expect(parsed["services/account/feed.rss"]?.titles == ["Onderhoud bezig: Onderhoud verkoopaccount & Retailer API"])
    }

    @Test("icalendar reads maintenance.ics: an event per run, with UTC times, UIDs and sequences", .enabled(
        if: Python.hasModules("icalendar"),
        "needs python3 with the icalendar package (pip install icalendar)"))
    func maintenanceCalendar() throws {
        let ranTwice = try FeedFixtures.parse(MaintenanceCalendarTests.ranTwice(), path: "incidents/2024-02-06-onderhoud-retouren.md")
        let files = FeedFixtures.render(FeedFixtures.snapshot(try FeedFixtures.incidents() + [ranTwice]))
        let folder = try Fixtures.temporaryDirectory("calendars")
        defer { try? FileManager.default.removeItem(at: folder) }
        var arguments = ["-c", """
            import icalendar, json, sys
            result = {}
            for path in sys.argv[1:]:
                with open(path, "rb") as handle:
                    calendar = icalendar.Calendar.from_ical(handle.read())
                events = []
                for event in calendar.walk("VEVENT"):
                    start, end = event.decoded("DTSTART"), event.decoded("DTEND")
                    assert start.utcoffset().total_seconds() == 0 and end > start, (start, end)
                    events.append([str(event["UID"]), start.isoformat(), end.isoformat(), int(event["SEQUENCE"]),
                                   str(event["SUMMARY"]), str(event["URL"]), str(event["STATUS"])])
                result[path] = events
            print(json.dumps(result))
            """]
        for path in ["maintenance.ics", "en/maintenance.ics"] {
            let url = folder.appendingPathComponent(path.replacingOccurrences(of: "/", with: "-"))
            try Data(try #require(files[path]).utf8).write(to: url)
            arguments.append(url.path)
        }
        let result = try Python.run(arguments)
        try #require(result.status == 0, "\(result.output)")
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: [[Any]]])
        let dutch = try #require(parsed[arguments[2]])
        let english = try #require(parsed[arguments[3]])
        #expect(dutch.count == 4, "two runs of one maintenance and one each of two others")
        #expect(english.count == dutch.count)
        let runs = dutch.filter { ($0[0] as? String)?.hasPrefix("2024-02-06-onderhoud-retouren-") == true }
        #expect(runs.map { $0[0] as? String } == ["2024-02-06-onderhoud-retouren-1@storingen", "2024-02-06-onderhoud-retouren-2@storingen"])
        #expect(runs.map { [$0[1] as? String, $0[2] as? String] } == [
            ["2024-02-06T21:00:00+00:00", "2024-02-07T00:00:00+00:00"],
            ["2024-02-07T22:00:00+00:00", "2024-02-07T23:30:00+00:00"],
        ])
        #expect(runs.allSatisfy { $0[3] as? Int == 4 && $0[6] as? String == "CONFIRMED" })
        #expect(runs.first?[4] as? String == "Onderhoud: Onderhoud retourverwerking, opnieuw uitgevoerd")
        #expect(english.contains { $0[4] as? String == "Maintenance: Onderhoud retourverwerking, opnieuw uitgevoerd" })
        #expect(english.allSatisfy { ($0[5] as? String)?.hasPrefix("https://status.example.nl/en/incidents/") == true })
    }

    @Test("feedparser reads feeds made from hostile input without complaint", .enabled(
        if: Python.hasModules("feedparser"),
        "needs python3 with the feedparser package (pip install feedparser)"))
    func hostileFeeds() throws {
        let parsed = try feedparser(try HostileInputTests.files(), ["feed.atom", "feed.rss"])
        for (path, feed) in parsed {
            #expect(feed.bozo == 0, "\(path): \(feed.exception)")
            #expect(feed.entries == 1)
        }
    }

    @Test("Python's XML parser reads the sitemap, with every page in both languages", .enabled(
        if: Python.hasModules("xml.etree.ElementTree"), "needs python3"))
    func sitemap() throws {
        let folder = try Fixtures.temporaryDirectory("feeds")
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("sitemap.xml")
        try Data(try #require(try FeedFixtures.files()["sitemap.xml"]).utf8).write(to: url)
        let result = try Python.run(["-c", """
            import sys, xml.etree.ElementTree as ET
            ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
            root = ET.parse(sys.argv[1]).getroot()
            assert root.tag == "{http://www.sitemaps.org/schemas/sitemap/0.9}urlset", root.tag
            for url in root.findall("s:url", ns):
                print(url.find("s:loc", ns).text, len(url.findall("x:link", ns)))
            """, url.path])
        #expect(result.status == 0, "\(result.output)")
        let lines = result.output.split(separator: "\n")
        // Every translated page, in two languages.
        let snapshot = FeedFixtures.snapshot(try FeedFixtures.incidents())
        #expect(lines.count == SitemapRenderer.pages(snapshot).count * 2)
        #expect(lines.allSatisfy { $0.hasPrefix("https://status.example.nl/") && $0.hasSuffix(" 3") })
    }
}
