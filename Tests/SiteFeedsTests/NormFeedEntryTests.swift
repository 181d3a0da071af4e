import Foundation
import IncidentModel
import OutputEncoding
import SiteContent
import SiteFeeds
import Testing
import TestSupport

/// A norm feed's entry for a window stays the size of a message however much merged into
/// the window: a forgotten "Opgelost" keeps one open for years, through thousands of
/// incidents and hundreds of periods, which made entries of 600 KB. The entry names the
/// first incidents, as a calendar event does, counts the others, and lists the first and
/// last periods.
struct NormFeedEntryTests {
    static let location = SourceLocation(path: "incidents/x.md", line: 1, column: 1)

    /// Outage `number` of a chain of 25 on orders on 10 June 2025, each starting 10 minutes
    /// after the last and lasting 30: their windows overlap and merge into one.
    static func outage(_ number: Int) -> Incident {
        let start = WallClock.amsterdam.instant(LocalDateTime(year: 2025, month: 6, day: 10, hour: 10)).addingTimeInterval(Double(number) * 600)
        return Incident(
            id: IncidentID("storing-\(number < 10 ? "0" : "")\(number)"), title: "Storing nummer \(number)",
            services: [ServiceKey("orders")],
            updates: [
                Update(instant: start, status: .investigating, body: "Onderzoek.", location: location),
                Update(instant: start.addingTimeInterval(1800), status: .resolved, body: "Opgelost.", location: location),
            ],
            order: .oldestFirst)
    }

    /// The HTML of the only entry of a norm's feed.
    static func entryHTML(_ files: [String: String], _ path: String) throws -> String {
        let entries = try FeedFixtures.xml(files, path).children("entry")
        try #require(entries.count == 1, "\(path): one window, one entry")
        return try #require(entries[0].child("content")).text
    }

    @Test func aWindowOfManyIncidentsNamesTheFirstFewAndCountsTheRest() throws {
        let incidents = (1...25).map(Self.outage)
        let files = FeedFixtures.render(FeedFixtures.snapshot(incidents))
        for (path, more) in [("norms/on-time-delivery/feed.atom", "en nog 5 storingen"),
                             ("en/norms/on-time-delivery/feed.atom", "and 5 more incidents")] {
            let html = try Self.entryHTML(files, path)
            let named = incidents.filter { html.contains("/incidents/\($0.id.rawValue)/") }.map(\.id)
            #expect(named == incidents.prefix(20).map(\.id), "\(path) names the first 20")
            #expect(html.contains(more), "\(path) counts the rest")
        }
    }

    /// `storingen serve` compares what an entry shows: a new title of an incident the
    /// entry only counts remakes no norm feed; one of an incident it names does.
    @Test func aTitleTheEntryDoesNotShowRemakesNoNormFeed() throws {
        var incidents = (1...25).map(Self.outage)
        let cache = OutputCache()
        func made() -> Set<String> {
            _ = cache.takeMadePaths()
            cache.startRender()
            _ = SiteFeeds.plan(FeedFixtures.snapshot(incidents), cache: cache).files()
            _ = cache.finishRender()
            return Set(cache.takeMadePaths().filter { $0.contains("norms/on-time-delivery/feed.") })
        }
        #expect(made().count == 4, "the norm's feeds in two formats and two languages")
        incidents[24].title = "Storing nummer 25, anders genoemd"
        #expect(made().isEmpty)
        incidents[19].title = "Storing nummer 20, anders genoemd"
        #expect(made().count == 4)
    }

    @Test func aWindowOfTwentyIncidentsNamesThemAll() throws {
        let files = FeedFixtures.render(FeedFixtures.snapshot((1...20).map(Self.outage)))
        let html = try Self.entryHTML(files, "norms/on-time-delivery/feed.atom")
        #expect(html.contains("/incidents/storing-20/"))
        #expect(!html.contains("en nog"))
    }

    /// Opened in May 2025 and still open on 10 June: a week or two is listed whole; a year
    /// of weeks is not.
    @Test func theWeeksOfAWindowOfAYearAreShortened() throws {
        let forgotten = try FeedFixtures.parse(ForgottenResolution.markdown(opened: "2024-05-06 10:00"), path: "incidents/vergeten.md")
        let files = FeedFixtures.render(FeedFixtures.snapshot([forgotten]))
        let html = try Self.entryHTML(files, "norms/on-time-delivery/feed.atom")
        #expect(html.contains("2024-W19, 2024-W20, 2024-W21, … 52 perioden meer …, 2025-W22, 2025-W23, 2025-W24"))
        #expect(html.count < 2_000, "\(html.count) characters")
    }
}
