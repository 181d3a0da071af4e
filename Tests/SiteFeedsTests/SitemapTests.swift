import Foundation
import IncidentModel
import OutputEncoding
import SiteConfig
import SiteContent
import Testing
import TestSupport
@testable import SiteFeeds
@testable import SitePages

/// The sitemap lists every HTML page of every language, and robots.txt points at it.
@Suite("Sitemap and robots.txt")
struct SitemapTests {
    @Test("archive pages: as many as the page size fills, at least one", arguments: [
        (0, 50, 1), (1, 50, 1), (50, 50, 1), (51, 50, 2), (100, 50, 2), (101, 50, 3), (7, 1, 7), (3, 0, 3),
    ])
    func archivePageCount(incidents: Int, pageSize: Int, pages: Int) {
        let snapshot = SiteSnapshot(
            configuration: SiteConfiguration(archivePageSize: pageSize),
            incidents: (0..<incidents).map { Incident(id: IncidentID("i\($0)"), title: "I\($0)") },
            moment: Moment(Date(timeIntervalSince1970: 1_800_000_000)))
        #expect(snapshot.archivePageCount == pages)
    }

    static func locations(_ sitemap: String) throws -> [String] {
        let root = try #require(ParsedXML(sitemap).root)
        return root.children("url").compactMap { $0.child("loc")?.text }
    }

    @Test("every page of every language, archive pages by the configured page size")
    func pages() throws {
        let configuration = SiteConfiguration(baseURL: "https://status.example.nl/", archivePageSize: 3)
        let snapshot = FeedFixtures.snapshot(try FeedFixtures.incidents(), configuration: configuration)
        let files = FeedFixtures.render(snapshot)
        let locations = try Self.locations(try #require(files["sitemap.xml"]))
        for prefix in ["", "en/"] {
            for page in ["", "archive/", "archive/page/2/", "norms/", "norms/on-time-delivery/", "norms/rating/", "services/",
                         "services/orders/", "services/offers/", "services/orders/2025/",
                         "incidents/2025-06-02-phone-lines-down/", "incidents/2025-06-17-onderhoud-verzendlabels/"] {
                #expect(locations.contains("https://status.example.nl/\(prefix)\(page)"), "missing \(prefix)\(page)")
            }
            #expect(!locations.contains("https://status.example.nl/\(prefix)archive/page/3/"))
        }
        #expect(locations.count == Set(locations).count)
        #expect(locations.count == SitemapRenderer.pages(snapshot).count * 2)
        #expect(!locations.contains("https://status.example.nl/404.html"))
    }

    @Test("an incident id from a file name is percent-encoded in URLs")
    func encoding() throws {
        let incident = try FeedFixtures.parse("""
            ---
            title: Spaties
            services: [orders]
            ---
            ## 2025-06-10 21:00 — Opgelost
            Klaar.
            """, path: "incidents/storing é & co.md")
        let files = FeedFixtures.render(FeedFixtures.snapshot([incident]))
        let locations = try Self.locations(try #require(files["sitemap.xml"]))
        #expect(locations.contains("https://status.example.nl/incidents/storing%20%C3%A9%20%26%20co/"))
        let feed = try FeedFixtures.xml(files, "feed.atom")
        #expect(feed.child("entry")?.child("id")?.text == "https://status.example.nl/incidents/storing%20%C3%A9%20%26%20co/")
        let incidents = try FeedFixtures.json(files, "api/v2/incidents.json")["incidents"] as? [[String: Any]]
        #expect(incidents?.first?["shortlink"] as? String == "https://status.example.nl/incidents/storing%20%C3%A9%20%26%20co/")
        #expect(incidents?.first?["id"] as? String == "storing é & co")
    }

    @Test("past the URL limit, sitemap.xml becomes an index of numbered sitemaps")
    func index() throws {
        let snapshot = FeedFixtures.snapshot(try FeedFixtures.incidents())
        let files = SitemapRenderer.render(snapshot, urlsPerFile: 10)
        let urls = SitemapRenderer.pages(snapshot).count * 2
        let fileCount = (urls + 9) / 10
        #expect(files.map(\.path) == ["sitemap.xml"] + (1...fileCount).map { "sitemap-\($0).xml" })
        let root = try #require(ParsedXML(String(decoding: files[0].contents, as: UTF8.self)).root)
        #expect(root.name == "sitemapindex")
        #expect(root.children("sitemap").compactMap { $0.child("loc")?.text } == (1...fileCount).map { "https://status.example.nl/sitemap-\($0).xml" })
        let chunks = try files.dropFirst().map { try Self.locations(String(decoding: $0.contents, as: UTF8.self)) }
        #expect(chunks.map(\.count) == Array(repeating: 10, count: fileCount - 1) + [urls - 10 * (fileCount - 1)])
        let whole = try Self.locations(String(decoding: SitemapRenderer.render(snapshot)[0].contents, as: UTF8.self))
        #expect(chunks.flatMap { $0 } == whole)
    }

    /// `storingen serve` after an update: the update's page has a new `lastmod`, and only
    /// the part that lists it (and the index, which dates each part) is made again.
    @Test("a new lastmod makes one part and the index again, and they match a fresh render")
    func onePartRemade() throws {
        let snapshot = FeedFixtures.snapshot(try FeedFixtures.incidents())
        var pages = SitemapRenderer.pages(snapshot)
        let cache = OutputCache()
        cache.startRender()
        let first = SitemapRenderer.render(snapshot, pages: pages, urlsPerFile: 10, cache: cache)
        _ = cache.finishRender()
        #expect(first.count > 3)
        #expect(SitemapRenderer.fileCount(pageCount: pages.count, snapshot, urlsPerFile: 10) == first.count)
        let made = cache.madeCount
        pages[7].lastModified = Date(timeIntervalSince1970: 1_900_000_000)
        cache.startRender()
        let second = SitemapRenderer.render(snapshot, pages: pages, urlsPerFile: 10, cache: cache)
        let (_, changed, _) = cache.finishRender()
        #expect(cache.madeCount - made == 2)
        #expect(changed == ["sitemap-2.xml", "sitemap.xml"], "page 8 of 5 a part is in the second part")
        let fresh = SitemapRenderer.render(snapshot, pages: pages, urlsPerFile: 10)
        #expect(second.map(\.path) == fresh.map(\.path))
        for (file, expected) in zip(second, fresh) where !file.isReused {
            #expect(file.contents == expected.contents, "\(file.path)")
        }
        let index = String(decoding: second[0].contents, as: UTF8.self)
        #expect(index.contains("<lastmod>2030-03-17T18:46:40+01:00</lastmod>"), "the part is dated by its newest page")

        // Made again, the part takes its other pages' entries from the last time.
        pages[8].lastModified = Date(timeIntervalSince1970: 1_900_000_600)
        cache.startRender()
        let third = SitemapRenderer.render(snapshot, pages: pages, urlsPerFile: 10, cache: cache)
        #expect(cache.finishRender().changed == ["sitemap-2.xml", "sitemap.xml"])
        let again = SitemapRenderer.render(snapshot, pages: pages, urlsPerFile: 10)
        for (file, expected) in zip(third, again) where !file.isReused {
            #expect(file.contents == expected.contents, "\(file.path)")
        }
        #expect(third[2].contents.count > 1_000 && String(decoding: third[2].contents, as: UTF8.self).contains("2030-03-17T18:56:40"))
    }

    @Test("robots.txt allows everything and names the sitemap")
    func robots() throws {
        #expect(try FeedFixtures.files()["robots.txt"] == "User-agent: *\nAllow: /\n\nSitemap: https://status.example.nl/sitemap.xml\n")
    }
}
