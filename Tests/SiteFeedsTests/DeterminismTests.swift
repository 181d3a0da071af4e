import Foundation
import IncidentModel
import SiteContent
import SiteFeeds
@testable import SitePages
import Testing
import TestSupport

/// The same input and reference time give the same bytes, whatever the input order, and
/// rendering stays fast for a large history.
@Suite("Determinism and speed")
struct DeterminismTests {
    @Test("two renders, and a render of the incidents in another order, give identical bytes")
    func identicalBytes() throws {
        let incidents = try FeedFixtures.incidents()
        let first = SiteFeeds.render(FeedFixtures.snapshot(incidents))
        let second = SiteFeeds.render(FeedFixtures.snapshot(incidents))
        let shuffled = SiteFeeds.render(FeedFixtures.snapshot(incidents.reversed()))
        #expect(first == second)
        #expect(first == shuffled)
    }

    @Test("nothing depends on the clock: a later moment with nothing new changes only the build time the API states")
    func noClock() throws {
        let incidents = try FeedFixtures.incidents()
        // An hour later nothing changes state: the maintenance runs until 02:00, the incident is still open.
        let later = FeedFixtures.render(FeedFixtures.snapshot(incidents, asOf: FeedFixtures.asOf.addingTimeInterval(3_600)))
        let now = FeedFixtures.render(FeedFixtures.snapshot(incidents))
        #expect(Set(later.keys) == Set(now.keys))
        let changed = Set(later.keys.filter { later[$0] != now[$0] })
        #expect(changed == ["api/v2/summary.json", "api/v2/status.json"], "only generated_at moves")
    }

    @Test("10,000 incidents: every page in the sitemap, nothing dropped")
    func largeHistory() throws {
        let start = WallClock.amsterdam.instant(LocalDateTime(year: 2000, month: 1, day: 1, hour: 9))
        let location = SourceLocation(path: "x", line: 1, column: 1)
        let incidents = (0..<10_000).map { number in
            let opened = start.addingTimeInterval(Double(number) * 86_400)
            return Incident(
                id: IncidentID("storing-\(number)"), title: "Storing \(number)",
                services: [ServiceKey(number.isMultiple(of: 2) ? "orders" : "phone")],
                updates: [
                    Update(instant: opened, status: .investigating, body: "We **onderzoeken** het.", location: location),
                    Update(instant: opened.addingTimeInterval(3_600), status: .resolved, body: "Opgelost.", location: location),
                ],
                order: .oldestFirst)
        }
        let snapshot = FeedFixtures.snapshot(incidents, asOf: start.addingTimeInterval(10_001 * 86_400))
        let files = SiteFeeds.render(snapshot)
        // Per language: the site's two feeds, two per service, two per norm and the maintenance
        // calendar; then API and robots.
        #expect(files.count == 2 * (2 + 2 * 9 + 2 * 7 + 1) + 8 + 1)
        // Past 5,000 URLs, sitemap.xml is an index of the parts that list them.
        let sitemaps = SitemapRenderer.render(snapshot)
        #expect(sitemaps.first?.path == "sitemap.xml")
        #expect(String(decoding: sitemaps[0].contents, as: UTF8.self).components(separatedBy: "<sitemap>").count == sitemaps.count)
        let urls = sitemaps.reduce(0) { $0 + String(decoding: $1.contents, as: UTF8.self).components(separatedBy: "<url>").count - 1 }
        #expect(urls == SitemapRenderer.pages(snapshot).count * 2)
        #expect(urls > (1 + 200 + 10_000 + 1 + 9 + 1) * 2, "and the years, norms and periods")
    }
}
