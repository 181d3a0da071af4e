import Foundation
import IncidentModel
import Testing
import TestSupport
@testable import IncidentParsing

/// Whole files through the parser: the seed incident, the kitchen-sink fixture, and the
/// window rules of docs/authoring.md (Impact windows) as they come out of real Markdown.
struct IncidentParserTests {
    let parser = IncidentParser()

    func parse(_ text: String, path: String = "incidents/test.md") -> ParsedIncident {
        parser.parse(text, path: path)
    }

    func windows(_ text: String) -> [String] {
        guard let incident = parse(text).incident else { return ["parse failed: \(parse(text).diagnostics)"] }
        return incident.impactWindows.map { window in
            RFC3339.string(from: window.start) + " .. " + (window.end.map { RFC3339.string(from: $0) } ?? "ongoing")
        }
    }

    @Test func theSeedOutageHasExactlyItsTwoWindows() throws {
        let url = Fixtures.repositoryRoot().appendingPathComponent("incidents/2023/2023-12-13-bestellingen.md")
        let result = parser.parse(Array(try Data(contentsOf: url)), path: "incidents/2023/2023-12-13-bestellingen.md")
        #expect(result.diagnostics.isEmpty)
        let incident = try #require(result.incident)
        #expect(incident.id == IncidentID("2023-12-13-bestellingen"))
        #expect(incident.services == [ServiceKey("orders"), ServiceKey("cancellations")])
        #expect(incident.order == .newestFirst)
        #expect(incident.impactWindows.map { [RFC3339.string(from: $0.start), $0.end.map { RFC3339.string(from: $0) } ?? "-"] } == [
            ["2023-12-13T12:23:00+01:00", "2023-12-13T15:50:00+01:00"],
            ["2023-12-18T09:30:00+01:00", "2023-12-19T09:00:00+01:00"],
        ])
    }

    @Test func theKitchenSinkFixtureMatchesItsSnapshot() throws {
        let result = parse(try Fixtures.text("everything.md"), path: "Fixtures/everything.md")
        #expect(result.diagnostics.map(\.description) == [
            "Fixtures/everything.md:43:1: warning: this level-3 heading starts with a time but is not an update; updates are level-2 headings (`## `)",
        ])
        let incident = try #require(result.incident)
        Snapshot.assertMatches(ModelDump.dump(incident), named: "everything.txt")
    }

    @Test func aPlainFirstUpdateOpensAndAPlainUpdateAfterResolutionDoesNot() {
        let text = """
            ---
            title: T
            services: [orders]
            ---
            ## 2024-01-02 12:00
            ## 2024-01-02 11:00 — Opgelost
            ## 2024-01-02 10:00
            """
        #expect(windows(text) == ["2024-01-02T10:00:00+01:00 .. 2024-01-02T11:00:00+01:00"])
    }

    @Test func anIncidentWithOnlyAResolutionIsANoteAfterTheFact() {
        let text = """
            ---
            title: Correctie
            services: [billing]
            impact: none
            ---
            ## 2024-03-12 11:00 — Opgelost
            Rechtgezet.
            """
        #expect(windows(text) == [])
    }

    @Test func beganOpensTheFirstWindowBeforeTheFirstUpdate() {
        let text = """
            ---
            title: T
            began: 2024-01-02 06:50
            opened: 2024-01-02 07:00
            ---
            ## 02-01 10:20 — Hersteld
            ## 02-01 07:35 — Storing
            """
        #expect(windows(text) == ["2024-01-02T06:50:00+01:00 .. 2024-01-02T10:20:00+01:00"])
    }

    @Test func anUnresolvedIncidentIsOngoing() {
        let text = """
            ---
            title: T
            ---
            ## 2026-11-18 08:45 — Storing
            ## 2026-11-18 09:30 — Oorzaak gevonden
            ## 2026-11-18 10:00 — Bericht
            """
        #expect(windows(text) == ["2026-11-18T08:45:00+01:00 .. ongoing"])
        #expect(parse(text).incident?.order == .oldestFirst)
    }

    @Test func maintenanceRunsFromInProgressToCompletedElseItsSchedule() {
        let worked = """
            ---
            title: Onderhoud
            kind: maintenance
            scheduled: 2025-06-10 22:00 .. 2025-06-11 02:00
            ---
            ## 2025-06-11 01:35 — Afgerond
            ## 2025-06-10 22:05 — Bezig
            ## 2025-06-03 10:00 — Gepland
            """
        #expect(windows(worked) == ["2025-06-10T22:05:00+02:00 .. 2025-06-11T01:35:00+02:00"])
        let planned = """
            ---
            title: Onderhoud
            kind: maintenance
            scheduled: 2026-12-08 22:00 .. 2026-12-09 02:00
            ---
            ## 2026-11-19 10:00 — Gepland
            """
        #expect(windows(planned) == ["2026-12-08T22:00:00+01:00 .. 2026-12-09T02:00:00+01:00"])
        let running = """
            ---
            title: Onderhoud
            kind: maintenance
            ---
            ## 2026-11-20 22:00 — Bezig
            """
        #expect(windows(running) == ["2026-11-20T22:00:00+01:00 .. ongoing"])
    }

    @Test func aTitleMayComeFromTheFirstHeading() throws {
        let text = """
            # Inloggen lukt niet

            Samenvatting.

            ## 2025-02-04 07:35 — Storing
            """
        let incident = try #require(parse(text).incident)
        #expect(incident.title == "Inloggen lukt niet")
        #expect(incident.summary == "Samenvatting.")
        #expect(incident.id == IncidentID("test"))
    }

    /// A file's id without `slug:` is its name without `.md`, whatever folders it is in.
    @Test(arguments: [
        ("incidents/2024-01-02-storing.md", "2024-01-02-storing"),
        ("/srv/site/incidents/2024/storing.md", "storing"),
        ("storing.md", "storing"),
        ("incidents/notities.txt", "notities.txt"),
        ("incidents/storing-café.md", "storing-café"),
        // A combining accent after the slash: the slash still ends the folder.
        ("incidents/\u{301}storing.md", "\u{301}storing"),
        ("incidents/.md", ""),
    ])
    func defaultIDIsTheFileName(path: String, id: String) {
        #expect(IncidentParser.defaultID(forPath: path) == IncidentID(id))
    }

    @Test func windowsLineEndingsAndAByteOrderMarkAreFine() throws {
        let text = "\u{FEFF}---\r\ntitle: T\r\nservices: [orders]\r\n---\r\n\r\n## 2024-01-02 10:00 — Onderzoek\r\n\r\nTekst.\r\n"
        let result = parse(text)
        #expect(result.diagnostics == [])
        let incident = try #require(result.incident)
        #expect(incident.updates.first?.body == "Tekst.")
        #expect(incident.updates.first?.location.line == 6)
    }

    @Test func twoThousandUpdatesParseQuickly() throws {
        var text = "---\ntitle: Lang\nservices: [orders]\n---\n"
        let start = LocalDateTime(year: 2024, month: 1, day: 1, hour: 9)
        for index in 0..<2_000 {
            let local = LocalDateTime(secondsSinceEpochAsUTC: start.secondsSinceEpochAsUTC + index * 3_600)
            text += "## \(local) — \(index % 2 == 0 ? "Onderzoek" : "Opgelost")\n\nUpdate \(index).\n\n"
        }
        let result = parse(text)
        #expect(result.diagnostics.filter { $0.severity == .error } == [])
        #expect(result.incident?.updates.count == 2_000)
        #expect(result.incident?.impactWindows.count == 1_000)
    }
}
