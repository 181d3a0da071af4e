import Foundation
import IncidentModel
import OutputEncoding
import SiteContent
import Testing

@testable import SitePages

/// The preview's page cache: after one incident changes, only the pages whose bytes
/// change are rendered again, and every file is byte for byte what a render without
/// cache gives.
struct PageCacheTests {
    private func render(_ incidents: [Incident], asOf: Date = FixtureSite.asOf, cache: PageCache) -> [OutputFile] {
        SitePages.plan(FixtureSite.snapshot(incidents, asOf: asOf), theme: .builtIn, cache: cache).files()
    }

    private func uncached(_ incidents: [Incident], asOf: Date = FixtureSite.asOf) -> [OutputFile] {
        SitePages.render(FixtureSite.snapshot(incidents, asOf: asOf), themeDirectory: nil).files
    }

    private func pages(_ files: [OutputFile]) -> [OutputFile] {
        files.filter { $0.path.hasSuffix(".html") }
    }

    @Test func anEditRendersExactlyThePagesThatShowTheIncident() throws {
        var incidents = try SyntheticCorpus.incidents(count: 40)
        let cache = PageCache()
        let first = render(incidents, cache: cache)
        #expect(cache.renderedCount == pages(first).count, "the first render renders every page")

        let again = render(incidents, cache: cache)
        #expect(cache.renderedCount == pages(first).count, "nothing changed: every page reused")
        #expect(again == first)

        incidents[17].title = "Een andere titel"
        let before = cache.renderedCount
        let edited = render(incidents, cache: cache)
        #expect(edited == uncached(incidents))
        let changed = Set(zip(first, edited).filter { $0.0 != $0.1 }.map(\.1.path))
        #expect(cache.renderedCount - before == changed.count, "rendered again: only the pages whose bytes changed")
        let incidentPages = Set(FixtureSite.snapshot(incidents).routes.map { SiteRoutes.file(for: $0.incident(incidents[17].id)) })
        #expect(incidentPages.isSubset(of: changed))
        #expect(!changed.subtracting(incidentPages).isEmpty, "the pages that list the incident change too")
        #expect(changed.count < pages(first).count / 2)
    }

    /// A page shows the reference time only through states and the windows of ongoing
    /// incidents; when those move, the pages that show them are rendered again.
    @Test func ongoingIncidentsAreRenderedAgainWhenTheReferenceTimeMoves() throws {
        let incidents = try SyntheticCorpus.incidents(count: 12)
        let cache = PageCache()
        _ = render(incidents, cache: cache)
        let before = cache.renderedCount
        let later = FixtureSite.asOf.addingTimeInterval(3_600)
        let moved = render(incidents, asOf: later, cache: cache)
        #expect(cache.renderedCount > before)
        #expect(cache.renderedCount < before * 2, "resolved incidents stay cached")
        #expect(moved == uncached(incidents, asOf: later))
    }

    /// Adding an incident moves every incident after it one place down the plan: pages
    /// are cached by what they show, so none is mixed up with its neighbour's.
    @Test func addingAnIncidentKeepsEveryPageRight() throws {
        var incidents = try SyntheticCorpus.incidents(count: 30)
        let cache = PageCache()
        let removed = incidents.remove(at: 5)
        _ = render(incidents, cache: cache)
        incidents.insert(removed, at: 5)
        #expect(render(incidents, cache: cache) == uncached(incidents))
    }
}
