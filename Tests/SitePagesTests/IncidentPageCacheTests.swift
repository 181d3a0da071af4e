import Foundation
import IncidentModel
import SiteContent
import Testing

@testable import SitePages

/// The preview's incident-page cache: after one incident changes, only its pages are
/// rendered again, and every file is byte for byte what a render without cache gives.
struct IncidentPageCacheTests {
    @Test func anEditRendersOnlyThatIncidentsPagesAndChangesNoOtherByte() throws {
        var incidents = try SyntheticCorpus.incidents(count: 40)
        let cache = IncidentPageCache()
        let first = SitePages.plan(FixtureSite.snapshot(incidents), themeDirectory: nil, incidentPages: cache).plan.files()
        let languages = FixtureSite.snapshot(incidents).routes.count
        #expect(cache.renderedCount == 40 * languages, "the first render renders every incident page")

        let again = SitePages.plan(FixtureSite.snapshot(incidents), themeDirectory: nil, incidentPages: cache).plan.files()
        #expect(cache.renderedCount == 40 * languages, "nothing changed: every incident page reused")
        #expect(again == first)

        incidents[17].title = "Een andere titel"
        let edited = SitePages.plan(FixtureSite.snapshot(incidents), themeDirectory: nil, incidentPages: cache).plan.files()
        #expect(cache.renderedCount == 41 * languages, "only the edited incident's pages rendered again")
        let uncached = SitePages.render(FixtureSite.snapshot(incidents), themeDirectory: nil).files
        #expect(edited == uncached)
        let changed = Set(zip(first, edited).filter { $0.0 != $0.1 }.map(\.1.path))
        #expect(changed.contains(SiteRoutes.file(for: FixtureSite.snapshot(incidents).routes[0].incident(incidents[17].id))))
    }

    /// An incident page shows the reference time only through the state and the windows
    /// of an ongoing incident; when those move, the page is rendered again.
    @Test func anOngoingIncidentIsRenderedAgainWhenTheReferenceTimeMoves() throws {
        let incidents = try SyntheticCorpus.incidents(count: 12)
        let cache = IncidentPageCache()
        _ = SitePages.plan(FixtureSite.snapshot(incidents), themeDirectory: nil, incidentPages: cache).plan.files()
        let before = cache.renderedCount
        let later = FixtureSite.asOf.addingTimeInterval(3_600)
        let moved = SitePages.plan(FixtureSite.snapshot(incidents, asOf: later), themeDirectory: nil, incidentPages: cache).plan.files()
        #expect(cache.renderedCount > before)
        #expect(cache.renderedCount < before * 2, "resolved incidents stay cached")
        #expect(moved == SitePages.render(FixtureSite.snapshot(incidents, asOf: later), themeDirectory: nil).files)
    }
}
