import Foundation
import IncidentModel
import OutputEncoding
import SiteContent
import Testing

@testable import SitePages

/// The preview's cache of pages: after one incident changes, only the pages that show
/// it are rendered again, and every file is byte for byte what a render without cache
/// gives.
struct PageCacheTests {
    /// Renders as `storingen serve` does: one cache, each snapshot made from the last, and
    /// the site kept outside the cache (the cache hands back reused files without bytes,
    /// names the paths whose bytes changed, and the site's files in its manifest: a plan
    /// with a cache leaves out the pages of incidents that did not change). The site in
    /// path order.
    private final class Preview {
        let cache = OutputCache()
        private var previous: SiteSnapshot?
        private var site: [String: Data] = [:]
        /// How many files the last render's plan listed.
        private(set) var planned = 0

        func render(_ incidents: [Incident], asOf: Date = FixtureSite.asOf) -> [OutputFile] {
            let snapshot = SiteSnapshot(
                configuration: FixtureSite.configuration, incidents: Moment(asOf).known(incidents), moment: Moment(asOf),
                previous: previous)
            previous = snapshot
            cache.startRender()
            let files = SitePages.plan(snapshot, theme: .builtIn, cache: cache).files()
            planned = files.count
            let (manifest, changed, _) = cache.finishRender()
            let changedPaths = Set(changed)
            for file in files where changedPaths.contains(file.path) { site[file.path] = file.contents }
            site = site.filter { manifest[$0.key] != nil }
            #expect(Set(files.map(\.path)).isSubset(of: manifest.keys), "the manifest names the files of the plan")
            return manifest.keys.sorted().map { OutputFile(path: $0, mediaType: manifest[$0]!, contents: site[$0] ?? Data()) }
        }
    }

    /// The site a render without cache gives, in path order.
    private func uncached(_ incidents: [Incident], asOf: Date = FixtureSite.asOf) -> [OutputFile] {
        SitePages.render(FixtureSite.snapshot(incidents, asOf: asOf), themeDirectory: nil).files.sorted { $0.path < $1.path }
    }

    @Test func anEditRendersExactlyThePagesThatShowTheIncident() throws {
        var incidents = try SyntheticCorpus.incidents(count: 40)
        let preview = Preview()
        let first = preview.render(incidents)
        #expect(preview.cache.madeCount == first.count, "the first render makes every file")

        let again = preview.render(incidents)
        #expect(preview.cache.madeCount == first.count, "nothing changed: every file reused")
        #expect(again == first)

        incidents[17].title = "Een andere titel"
        let before = preview.cache.madeCount
        _ = preview.cache.takeMadePaths()
        let edited = preview.render(incidents)
        #expect(edited == uncached(incidents))
        let changed = Set(zip(first, edited).filter { $0.0 != $0.1 }.map(\.1.path))
        let made = Set(preview.cache.takeMadePaths())
        #expect(preview.cache.madeCount - before == made.count)
        #expect(made == changed, "rendered again: exactly the pages whose bytes changed")
        let incidentPages = Set(FixtureSite.snapshot(incidents).routes.map { SiteRoutes.file(for: $0.incident(incidents[17].id)) })
        #expect(incidentPages.isSubset(of: changed))
        #expect(!changed.subtracting(incidentPages).isEmpty, "the pages that list the incident change too")
        #expect(changed.count < first.count / 4)
        let snapshot = FixtureSite.snapshot(incidents)
        let languages = snapshot.routes.count
        // Of the norms' periods, only those the edited incident is behind are visited.
        let periods = NormPeriodPage.pages(in: snapshot)
        let behind = periods.filter { page in snapshot.periodCauses.facts[page.slot][page.period].contains { $0.id == incidents[17].id } }
        #expect(!behind.isEmpty && behind.count < periods.count)
        #expect(preview.planned == first.count - languages * (incidents.count - 1 + periods.count - behind.count),
                "the pages of the 39 incidents, and of the periods, that did not change are not visited")
    }

    /// A page shows the reference time only through states and the windows of ongoing
    /// incidents; when those move, the pages that show them are rendered again.
    @Test func ongoingIncidentsAreRenderedAgainWhenTheReferenceTimeMoves() throws {
        let incidents = try SyntheticCorpus.incidents(count: 12)
        let preview = Preview()
        _ = preview.render(incidents)
        let before = preview.cache.madeCount
        let later = FixtureSite.asOf.addingTimeInterval(3_600)
        let moved = preview.render(incidents, asOf: later)
        #expect(preview.cache.madeCount > before)
        #expect(preview.cache.madeCount < before * 2, "resolved incidents stay cached")
        #expect(moved == uncached(incidents, asOf: later))
    }

    /// With the moment as a placeholder, a page of a period that has ended is not made
    /// again when the clock moves, though a window still running passes through it (at
    /// 10,000 incidents with forgotten resolutions, 4,000 pages at every minute); the
    /// running period's page is, since its excused time grows.
    /// `serve`'s pages of `incidents` as the clock moves: each render answers the paths it made.
    private final class MovingClock {
        let incidents: [Incident]
        let cache = OutputCache()
        private var previous: SiteSnapshot?

        init(_ incidents: [Incident]) { self.incidents = incidents }

        func render(at instant: Date) -> Set<String> {
            let snapshot = SiteSnapshot(
                configuration: FixtureSite.configuration, incidents: Moment(instant).known(incidents), moment: Moment(instant),
                previous: previous)
            previous = snapshot
            cache.startRender()
            _ = SitePages.plan(snapshot, theme: .builtIn, cache: cache, buildTime: .placeholders).files()
            _ = cache.finishRender()
            return Set(cache.takeMadePaths())
        }
    }

    @Test func pastPeriodsOfARunningWindowAreNotMadeAgainAsTheClockMoves() throws {
        let clock = MovingClock(try SyntheticCorpus.incidents(count: 12) + [FixtureSite.forgottenResolution()])
        let render = clock.render(at:)
        let first = render(FixtureSite.asOf)
        let past = first.filter { path in
            ["2023-10", "2023-11", "2023-W4", "2023-W50"].contains { path.contains("/\($0)") } && path.contains("norms/")
        }
        #expect(past.count >= 20, "\(past.sorted())")
        let made = render(FixtureSite.asOf.addingTimeInterval(7 * 60))
        #expect(made.intersection(past).isEmpty, "\(made.intersection(past).sorted())")
        #expect(made.contains("norms/returns/2023-12/index.html"), "the running period's page is made again")
        // Its own page, the archive and its services' years show the incident as written
        // and its state, which the moving moment leaves alone.
        let shown = first.filter { $0.contains("2023-10-02-vergeten") || $0.contains("archive") || $0.contains("services/orders/2023") }
        #expect(shown.count >= 4, "\(shown.sorted())")
        #expect(made.intersection(shown).isEmpty, "\(made.intersection(shown).sorted())")
    }

    /// A norm's year page shows a window still running without an end: the pages of a
    /// year such a window ran through are not made again as the clock moves on in the
    /// next; the running year's pages are, since its periods' excused time grows.
    @Test func pastYearsOfARunningWindowAreNotMadeAgainAsTheClockMoves() throws {
        let clock = MovingClock(try SyntheticCorpus.incidents(count: 12) + [FixtureSite.forgottenResolution()])
        let january = WallClock.amsterdam.instant(LocalDateTime(year: 2024, month: 1, day: 15, hour: 10))
        let first = clock.render(at: january)
        let pastYear = first.filter { $0.hasPrefix("norms/") && $0.contains("/2023/") }
        let runningYear = first.filter { $0.hasPrefix("norms/") && $0.contains("/2024/") }
        #expect(pastYear.count >= 3 && !runningYear.isEmpty, "\(first.filter { $0.hasPrefix("norms/") }.sorted())")
        let made = clock.render(at: january.addingTimeInterval(7 * 60))
        #expect(made.isDisjoint(with: pastYear), "\(made.intersection(pastYear).sorted())")
        #expect(!made.isDisjoint(with: runningYear), "the running year's excused time grew: \(made.sorted())")
    }

    /// Adding an incident moves every incident after it one place down the plan: pages
    /// are cached by what they show, so none is mixed up with its neighbour's.
    @Test func addingAnIncidentKeepsEveryPageRight() throws {
        var incidents = try SyntheticCorpus.incidents(count: 30)
        let preview = Preview()
        let removed = incidents.remove(at: 5)
        _ = preview.render(incidents)
        incidents.insert(removed, at: 5)
        #expect(preview.render(incidents) == uncached(incidents))
        incidents.remove(at: 20)
        #expect(preview.render(incidents) == uncached(incidents))
    }
}
