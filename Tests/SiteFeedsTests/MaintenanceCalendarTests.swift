import Foundation
import IncidentModel
import SiteContent
import Testing
import TestSupport

@testable import SiteFeeds

/// `maintenance.ics`: an event per run of every maintenance, whose UID survives edits of
/// the file and whose SEQUENCE and stamps follow the incident's own updates.
@Suite("Maintenance calendar")
struct MaintenanceCalendarTests {
    /// Maintenance redone after a rollback: `Bezig` → `Afgerond` → `Bezig` → `Afgerond`.
    /// The first `count` updates (oldest first) make earlier states of the same file.
    static func ranTwice(updates count: Int = 4) -> String {
        let updates = [
            "## 6 februari 2024 om 22:00 — Bezig\n\nHet onderhoud is begonnen.\n",
            "## 7 februari 2024 om 01:00 — Afgerond\n\nHet onderhoud is teruggedraaid; we doen het morgennacht opnieuw.\n",
            "## 7 februari 2024 om 23:00 — Bezig\n\nWe voeren het onderhoud opnieuw uit.\n",
            "## 8 februari 2024 om 00:30 — Afgerond\n\nHet onderhoud is gelukt; retouren worden weer verwerkt.\n",
        ]
        return """
            ---
            title: Onderhoud retourverwerking, opnieuw uitgevoerd
            kind: maintenance
            services: [returns, shipping]
            impact: minor
            scheduled: 2024-02-06 22:00 .. 2024-02-07 02:00
            ---

            """ + updates.prefix(count).joined(separator: "\n")
    }

    static let ranTwiceAsOf = WallClock.amsterdam.instant(LocalDateTime(year: 2024, month: 3, day: 1))

    static func calendar(_ texts: [String], asOf: Date, path: String = "maintenance.ics") throws -> ParsedICalendar {
        let incidents = try texts.enumerated().map { try FeedFixtures.parse($1, path: "incidents/2024-02-06-onderhoud-retouren\($0).md") }
        let files = FeedFixtures.render(FeedFixtures.snapshot(incidents, asOf: asOf))
        let calendar = ParsedICalendar(try #require(files[path], "no \(path)"))
        #expect(calendar.problems.isEmpty, "\(calendar.problems)")
        return calendar
    }

    @Test("the fixture's two maintenances are an event each, with the incident's stamp, sequence and page")
    func fixtureEvents() throws {
        let files = try FeedFixtures.files()
        let calendar = ParsedICalendar(try #require(files["maintenance.ics"]))
        #expect(calendar.problems.isEmpty, "\(calendar.problems)")
        #expect(calendar.properties["X-WR-CALNAME"] == "Gepland onderhoud – Actuele storingen")
        let events = Dictionary(uniqueKeysWithValues: calendar.events.map { ($0["UID"] ?? "", $0) })
        #expect(events.keys.sorted() == ["2025-06-10-onderhoud-verkoopaccount-1@storingen", "2025-06-17-onderhoud-verzendlabels-1@storingen"])

        // Running since 22:00 (20:00 UTC) and planned to end at 02:00: it ends at its planned end.
        let running = try #require(events["2025-06-10-onderhoud-verkoopaccount-1@storingen"])
        #expect(running["DTSTART"] == "20250610T200000Z")
        #expect(running["DTEND"] == "20250611T000000Z")
        #expect(running["DTSTAMP"] == "20250610T200000Z")
        #expect(running["LAST-MODIFIED"] == "20250610T200000Z")
        #expect(running["SEQUENCE"] == "2")
        #expect(running["SUMMARY"] == "Onderhoud: Onderhoud verkoopaccount & Retailer API")
        #expect(running["URL"] == "https://status.example.nl/incidents/2025-06-10-onderhoud-verkoopaccount/")
        #expect(running["STATUS"] == "CONFIRMED")
        #expect(running["DESCRIPTION"] == """
            Getroffen diensten: Account, Aanbod

            Laatste update, 10 juni 2025 om 22:00 (Bezig):
            Het onderhoud is gestart.

            https://status.example.nl/incidents/2025-06-10-onderhoud-verkoopaccount/
            """)

        // Only announced: its scheduled range, stamped with the announcement.
        let upcoming = try #require(events["2025-06-17-onderhoud-verzendlabels-1@storingen"])
        #expect(upcoming["DTSTART"] == "20250617T200000Z")
        #expect(upcoming["DTEND"] == "20250618T000000Z")
        #expect(upcoming["DTSTAMP"] == "20250605T080000Z")
        #expect(upcoming["SEQUENCE"] == "1")
        #expect(upcoming["DESCRIPTION"]?.contains("Van **dinsdag 17 juni 22:00 tot woensdag 18 juni 02:00 uur** kun je") == true)
    }

    @Test("the English calendar says Maintenance and links to the English pages")
    func english() throws {
        let calendar = ParsedICalendar(try #require(try FeedFixtures.files()["en/maintenance.ics"]))
        let event = try #require(calendar.events.first { $0["UID"] == "2025-06-10-onderhoud-verkoopaccount-1@storingen" })
        #expect(event["SUMMARY"] == "Maintenance: Onderhoud verkoopaccount & Retailer API")
        #expect(event["URL"] == "https://status.example.nl/en/incidents/2025-06-10-onderhoud-verkoopaccount/")
        #expect(event["DESCRIPTION"]?.hasPrefix("Affected services: Account, Offers\n\nLatest update, 10 June 2025 at 22:00 (In progress):\n") == true)
        #expect(calendar.properties["X-WR-CALNAME"] == "Scheduled maintenance – Current outages")
    }

    @Test("a maintenance that ran twice is two events, one per run, in UTC")
    func ranTwice() throws {
        let calendar = try Self.calendar([Self.ranTwice()], asOf: Self.ranTwiceAsOf)
        #expect(calendar.events.map { $0["UID"] } == [
            "2024-02-06-onderhoud-retouren0-1@storingen", "2024-02-06-onderhoud-retouren0-2@storingen",
        ])
        #expect(calendar.events.map { [$0["DTSTART"], $0["DTEND"]] } == [
            ["20240206T210000Z", "20240207T000000Z"],
            ["20240207T220000Z", "20240207T233000Z"],
        ])
        // Both runs are versions of one incident: same stamp, same sequence.
        #expect(calendar.events.allSatisfy { $0["SEQUENCE"] == "4" && $0["DTSTAMP"] == "20240207T233000Z" })
        #expect(calendar.events.allSatisfy { $0["SUMMARY"] == "Onderhoud: Onderhoud retourverwerking, opnieuw uitgevoerd" })
        #expect(calendar.events.allSatisfy { $0["DESCRIPTION"]?.hasPrefix("Getroffen diensten: Retouren, Verzenden via bol\n") == true })
    }

    @Test("adding updates keeps each run's UID and raises its SEQUENCE")
    func stableUIDs() throws {
        var previous: [String: Int] = [:]
        for count in 1...4 {
            let calendar = try Self.calendar([Self.ranTwice(updates: count)], asOf: Self.ranTwiceAsOf)
            let runs = (count + 1) / 2
            #expect(calendar.events.map { $0["UID"] } == (1...runs).map { "2024-02-06-onderhoud-retouren0-\($0)@storingen" }, "after \(count) updates")
            // The first run starts where it started, whatever came later.
            #expect(calendar.events.first?["DTSTART"] == "20240206T210000Z")
            for event in calendar.events {
                let uid = try #require(event["UID"])
                let sequence = try #require(event["SEQUENCE"].flatMap { Int($0) })
                #expect(sequence == count)
                if let before = previous[uid] { #expect(sequence > before, "\(uid) after \(count) updates") }
                previous[uid] = sequence
            }
        }
    }

    @Test("a planned maintenance that starts is the same event, moved and newer")
    func startedMaintenanceMoves() throws {
        let announced = """
            ---
            title: Onderhoud facturatie
            kind: maintenance
            services: [billing]
            scheduled: 2024-02-06 22:00 .. 2024-02-07 02:00
            ---

            ## 2024-02-01 10:00 — Gepland

            Facturen zijn even niet te downloaden.
            """
        let started = announced + "\n\n## 2024-02-06 22:15 — Bezig\n\nWe zijn begonnen, een kwartier later.\n"
        let asOf = WallClock.amsterdam.instant(LocalDateTime(year: 2024, month: 2, day: 6, hour: 23))
        let before = try #require(try Self.calendar([announced], asOf: asOf).events.first)
        let after = try #require(try Self.calendar([started], asOf: asOf).events.first)
        #expect(before["UID"] == after["UID"])
        #expect([before["SEQUENCE"], after["SEQUENCE"]] == ["1", "2"])
        #expect([before["DTSTART"], after["DTSTART"]] == ["20240206T210000Z", "20240206T211500Z"])
        // Under way, it is still planned to end at 02:00.
        #expect(after["DTEND"] == "20240207T010000Z")
        // Stamped with the incident's last change: the planned start passing, then the update.
        #expect([before["DTSTAMP"], after["DTSTAMP"]] == ["20240206T210000Z", "20240206T211500Z"])
    }

    @Test("an overrunning run ends at the reference time; an instant run has no DTEND")
    func runEnds() throws {
        let start = WallClock.amsterdam.instant(LocalDateTime(year: 2024, month: 2, day: 7, hour: 23))
        let asOf = start.addingTimeInterval(3_600)
        let scheduled = TimeRange(start: start.addingTimeInterval(-86_400), end: start.addingTimeInterval(-80_000))
        #expect(MaintenanceCalendarRenderer.end(of: ImpactWindow(start: start, end: nil), scheduled: scheduled, at: Moment(asOf)) == asOf)
        #expect(MaintenanceCalendarRenderer.end(of: ImpactWindow(start: start, end: nil), scheduled: nil, at: Moment(asOf)) == asOf)
        #expect(MaintenanceCalendarRenderer.end(of: ImpactWindow(start: start, end: start), scheduled: nil, at: Moment(asOf)) == nil)
        #expect(MaintenanceCalendarRenderer.end(of: ImpactWindow(start: start, end: nil), scheduled: nil, at: Moment(start)) == nil)
    }

    @Test("incidents are not in the calendar, and an empty site has an empty calendar")
    func onlyMaintenance() throws {
        let calendar = try Self.calendar([], asOf: Self.ranTwiceAsOf)
        #expect(calendar.events.isEmpty)
        #expect(calendar.properties["VERSION"] == "2.0")
        let files = try FeedFixtures.files()
        let events = ParsedICalendar(try #require(files["maintenance.ics"])).events
        #expect(!events.contains { $0["URL"]?.contains("bestellingen") == true || $0["URL"]?.contains("phone") == true })
    }
}
