import Foundation
import IncidentModel
import Pipeline
import Testing
import TestSupport

/// The example project as it stood on 8 October 2024 at 12:00, during the shipping-label
/// outage (07:55 until its resolution at 12:30): the front page shows that outage as
/// active, nothing written in 2025 or 2026, and the status line, the grid, the day bar and
/// the Statuspage API say the same.
struct ExampleSiteAtAMomentTests {
    static let moment = Moment(WallClock.amsterdam.instant(LocalDateTime(year: 2024, month: 10, day: 8, hour: 12)))
    static let outage = "2024-10-08-shipping-labels-unavailable"

    static func site() async throws -> [String: String] {
        let root = Fixtures.repositoryRoot()
        let location = ProjectLoader.Location(
            incidentsDirectory: root.appendingPathComponent("incidents").path, siteDirectory: root.appendingPathComponent("site").path)
        let project = await ProjectLoader.load(location, at: moment, purpose: .publish)
        try #require(!project.hasErrors, "\(project.diagnostics)")
        return Dictionary(uniqueKeysWithValues: project.renderSite().files().map {
            ($0.path, String(decoding: $0.contents, as: UTF8.self))
        })
    }

    @Test func theFrontPageShowsTheOutageRunningThen() async throws {
        let site = try await Self.site()
        Snapshot.assertMatches(try #require(site["index.html"]), named: "home-2024-10-08-1200.nl.html")
        Snapshot.assertMatches(try #require(site["en/index.html"]), named: "home-2024-10-08-1200.en.html")

        let front = try FrontPageReading(site)
        #expect(front.statusKey == "partial-outage")
        #expect(front.statusText.contains("Verzenden via bol"))
        #expect(front.gridAgreesWithComponents)
        #expect(front.grid[2] == "partial-outage", "shipping, third in the catalogue")
        #expect(front.indicator == "major")
        let unresolved = try #require(site["api/v2/incidents/unresolved.json"])
        #expect(unresolved.contains("\"id\" : \"\(Self.outage)\"") && unresolved.contains("\"impact\" : \"major\""))
        #expect(unresolved.matches(of: /"shortlink"/).count == 1, "only the shipping-label outage is unresolved")

        // The shipping bar's last day is the outage's.
        let service = try #require(site["services/shipping/index.html"])
        let lastDay = try #require(service.matches(of: /<li class="day day-([a-z]+)"(?:><a href="([^"]+)")?/).last)
        #expect(lastDay.1 == "major")
        #expect(lastDay.2.map(String.init)?.contains(Self.outage) == true)
    }

    @Test func nothingWrittenLaterExistsYet() async throws {
        let site = try await Self.site()
        let corpus = try TimeTravelCorpus.folder(Fixtures.repositoryRoot().appendingPathComponent("incidents"))
        let later = corpus.files.map(\.incident).filter { $0.chronologicalUpdates.first!.instant > Self.moment.instant }
        #expect(later.count >= 5, "the incidents of late 2024, 2025 and 2026")
        for incident in later {
            #expect(site["incidents/\(incident.id.rawValue)/index.html"] == nil, "\(incident.id) has a page")
            for (path, text) in site where text.contains(incident.title) {
                Issue.record("\(path) names \(incident.title)")
            }
        }
        // Its resolution at 12:30 has not happened: the incident page shows three updates.
        let page = try #require(site["incidents/\(Self.outage)/index.html"])
        #expect(!page.contains("All shipping labels are available again"))
        #expect(page.contains("A fix has been deployed"))
    }
}
