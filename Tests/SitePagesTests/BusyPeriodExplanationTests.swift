import Foundation
import IncidentModel
import SiteContent
import Testing

@testable import SitePages

/// A period page explains a busy window in bounded space: the first impact windows with
/// their steps, the other incidents named and linked, so a week of a large history does
/// not make a page of hundreds of kilobytes.
struct BusyPeriodExplanationTests {
    /// Twenty incidents on `orders` half an hour apart: one merged window in 2023-W50.
    static func incidents() -> [Incident] {
        let start = WallClock.amsterdam.instant(LocalDateTime(year: 2023, month: 12, day: 12, hour: 8))
        let location = SourceLocation(path: "x", line: 1, column: 1)
        return (0..<20).map { number in
            let opened = start.addingTimeInterval(Double(number) * 1_800)
            return Incident(
                id: IncidentID("druk-\(number)"), title: "Drukte \(number)", services: [ServiceKey("orders")],
                updates: [
                    Update(instant: opened, status: .investigating, body: "We kijken.", location: location),
                    Update(instant: opened.addingTimeInterval(3_600), status: .resolved, body: "Opgelost.", location: location),
                ],
                order: .oldestFirst)
        }
    }

    @Test func aWindowOfTwentyIncidentsSpellsOutTwelveAndLinksTheRest() throws {
        let files = SitePages.render(FixtureSite.snapshot(Self.incidents()), themeDirectory: nil, concurrently: false).files
        let page = try #require(files.first { $0.path == "norms/on-time-delivery/2023-W50/index.html" })
        let html = String(decoding: page.contents, as: UTF8.self)
        let explanation = try #require(html.components(separatedBy: "class=\"explanation\"").last)
        #expect(explanation.contains("samengevoegd uit de vensters van 20 storingen"))
        #expect(explanation.components(separatedBy: "<ul>\n<li>impact: ").count - 1 == 12, "twelve impact windows with their steps")
        #expect(explanation.contains("Ook in dit venster (8 storingen, stappen niet uitgeschreven): "))
        for number in 12..<20 {
            #expect(explanation.contains("Drukte \(number)</a>"), "incident \(number) is linked")
        }
    }
}
