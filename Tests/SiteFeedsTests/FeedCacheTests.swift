import Foundation
import IncidentModel
import OutputEncoding
import SiteContent
import SiteFeeds
import Testing
import TestSupport

/// `storingen serve` makes a feed again only when what it shows changed. A norm's feed
/// links the incidents behind each window by title: a window left open merges thousands
/// of them, so an edit to one incident's text must not remake every norm's feed.
struct FeedCacheTests {
    /// Renders the feeds of `incidents` as serve does (a snapshot made from the last one,
    /// one cache), and answers the paths made, not reused, and every file's bytes as a
    /// render without a cache gives them.
    private final class Preview {
        let cache = OutputCache()
        private var previous: SiteSnapshot?

        func render(_ incidents: [Incident]) -> (made: Set<String>, files: [String: Data]) {
            let moment = Moment(FeedFixtures.asOf)
            let snapshot = SiteSnapshot(
                configuration: FeedFixtures.configuration, incidents: moment.known(incidents), moment: moment, previous: previous)
            previous = snapshot
            _ = cache.takeMadePaths()
            cache.startRender()
            _ = SiteFeeds.plan(snapshot, cache: cache).files()
            _ = cache.finishRender()
            let uncached = SiteFeeds.plan(snapshot).files(concurrently: false)
            return (Set(cache.takeMadePaths()), Dictionary(uniqueKeysWithValues: uncached.map { ($0.path, $0.contents) }))
        }
    }

    @Test func anIncidentsTextEditedRemakesNoNormFeed() throws {
        var incidents = try FeedFixtures.incidents()
        let orders = try #require(incidents.firstIndex { $0.id.rawValue.contains("bestellingen") })
        let preview = Preview()
        let before = preview.render(incidents)
        let normFeeds = before.files.keys.filter { $0.contains("norms/") && $0.contains("/feed.") }
        // The incident is behind an excused window, so its norms' feeds link it.
        let linking = normFeeds.filter { String(decoding: before.files[$0]!, as: UTF8.self).contains(incidents[orders].title) }
        #expect(!linking.isEmpty, "the fixture's order incident is behind a norm's window")

        incidents[orders].updates[0].body += "\n\nEen zin erbij."
        let edited = preview.render(incidents)
        #expect(edited.made.contains("feed.atom"), "the site feed shows update texts: made again")
        #expect(edited.made.isDisjoint(with: normFeeds), "made again: \(edited.made.intersection(normFeeds).sorted())")
        for path in normFeeds { #expect(edited.files[path] == before.files[path], "\(path) kept its bytes") }

        incidents[orders].title = "Bestellingen komen later binnen"
        let renamed = preview.render(incidents)
        #expect(Set(linking).isSubset(of: renamed.made), "a new title is in the norm feeds' links: made again")
        for path in linking { #expect(renamed.files[path] != edited.files[path], "\(path) shows the new title") }
    }

    /// A window's entry states the latest update of the incidents behind it: an update to
    /// one of them that is not the latest changes nothing the feed shows, and remakes no
    /// norm feed; one that becomes the latest does.
    @Test func onlyAWindowsLatestUpdateRemakesItsNormFeeds() throws {
        let location = SourceLocation(path: "incidents/x.md", line: 1, column: 1)
        func at(_ hour: Int, _ minute: Int = 0) -> Date {
            WallClock.amsterdam.instant(LocalDateTime(year: 2025, month: 6, day: 10, hour: hour, minute: minute))
        }
        func outage(_ id: String, from start: Int, to end: Int) -> Incident {
            Incident(
                id: IncidentID(id), title: "Storing \(id)", services: [ServiceKey("orders")],
                updates: [
                    Update(instant: at(start), status: .investigating, body: "Onderzoek.", location: location),
                    Update(instant: at(end), status: .resolved, body: "Opgelost.", location: location),
                ],
                order: .oldestFirst)
        }
        // Two outages that overlap: their excused windows merge into one.
        var incidents = [outage("eerste", from: 10, to: 12), outage("tweede", from: 11, to: 15)]
        let preview = Preview()
        let before = preview.render(incidents)
        let normFeeds = before.files.keys.filter { $0.contains("norms/") && $0.contains("/feed.") }
        let linking = normFeeds.filter {
            let text = String(decoding: before.files[$0]!, as: UTF8.self)
            return text.contains("Storing eerste") && text.contains("Storing tweede")
        }
        #expect(!linking.isEmpty, "one window of a norm's feed has both outages behind it")

        incidents[0].updates.append(Update(instant: at(13), status: .update, body: "Nog een bericht.", location: location))
        let earlier = preview.render(incidents)
        #expect(earlier.made.isDisjoint(with: normFeeds), "made again: \(earlier.made.intersection(normFeeds).sorted())")
        for path in normFeeds { #expect(earlier.files[path] == before.files[path], "\(path) kept its bytes") }

        incidents[0].updates.append(Update(instant: at(16), status: .update, body: "Het laatste bericht.", location: location))
        let latest = preview.render(incidents)
        #expect(Set(linking).isSubset(of: latest.made), "the window's entry is updated later: made again")
        for path in linking { #expect(latest.files[path] != earlier.files[path], "\(path) states the later update") }
    }

    /// A save in a new minute, as `serve` renders it (build time as a placeholder), with an
    /// incident whose "Opgelost" was forgotten: the API states the build time through its
    /// placeholder, and a norm feed's running window shows no end, so neither is made
    /// again; a feed is once the window reaches a new period. Filled in, every file is
    /// what `build` writes at that moment.
    @Test func aNewMinuteRemakesNeitherTheAPINorTheFeedsOfAWindowStillRunning() throws {
        let forgotten = try FeedFixtures.parse(ForgottenResolution.markdown(opened: "2025-05-06 10:00"), path: "incidents/vergeten.md")
        let incidents = try FeedFixtures.incidents() + [forgotten]
        let cache = OutputCache()
        var previous: SiteSnapshot?
        func render(at instant: Date) -> (made: Set<String>, files: [String: Data]) {
            let moment = Moment(instant)
            let snapshot = SiteSnapshot(
                configuration: FeedFixtures.configuration, incidents: moment.known(incidents), moment: moment, previous: previous)
            previous = snapshot
            _ = cache.takeMadePaths()
            cache.startRender()
            _ = SiteFeeds.plan(snapshot, cache: cache, buildTime: .placeholders).files()
            _ = cache.finishRender()
            let planned = SiteFeeds.plan(snapshot, buildTime: .placeholders).files(concurrently: false)
            let written = SiteFeeds.plan(snapshot).files(concurrently: false)
            let stamps = SiteFeeds.buildTimeStamps(snapshot)
            for (file, written) in zip(planned, written) {
                #expect(file.path == written.path)
                #expect(stamps.fill(file.contents) == written.contents, "\(file.path) filled in is what build writes")
            }
            return (Set(cache.takeMadePaths()), Dictionary(uniqueKeysWithValues: planned.map { ($0.path, $0.contents) }))
        }
        let before = render(at: FeedFixtures.asOf)
        let api = before.files.keys.filter { $0.hasPrefix("api/v2/") }
        let normFeeds = before.files.keys.filter { $0.contains("norms/") && $0.contains("/feed.") }
        let running = normFeeds.filter { String(decoding: before.files[$0]!, as: UTF8.self).contains("Vergeten af te sluiten") }
        #expect(api.count == 8 && !running.isEmpty, "the API, and norm feeds whose window the forgotten incident keeps open")
        #expect(String(decoding: before.files["api/v2/status.json"]!, as: UTF8.self)
            .contains(BuildTimeStamps.placeholder("statuspage.generatedAt")))

        let minuteLater = render(at: FeedFixtures.asOf.addingTimeInterval(7 * 60))
        #expect(minuteLater.made.isDisjoint(with: api + normFeeds), "made again: \(minuteLater.made.intersection(api + normFeeds).sorted())")

        let nextMonth = render(at: WallClock.amsterdam.instant(LocalDateTime(year: 2025, month: 7, day: 1, hour: 9, minute: 30)))
        #expect(Set(running).isSubset(of: nextMonth.made), "the running window reaches July: its feeds list that period")
        for path in running { #expect(nextMonth.files[path] != before.files[path], "\(path) lists the new period") }
    }
}
