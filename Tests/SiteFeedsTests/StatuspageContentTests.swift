import Foundation
import IncidentModel
import SiteContent
import Testing
import TestSupport

/// What the API files say: which incidents each lists, the statuses derived for
/// components and the page, and the instants it reports.
@Suite("Statuspage API v2 contents")
struct StatuspageContentTests {
    static func ids(_ document: [String: Any], _ key: String) -> [String] {
        (document[key] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
    }

    @Test("each file lists what its Statuspage counterpart lists")
    func selections() throws {
        let files = try FeedFixtures.files()
        let summary = try FeedFixtures.json(files, "api/v2/summary.json")
        #expect(Self.ids(summary, "incidents") == ["2025-06-10-bestellingen-vertraagd"])
        #expect(Self.ids(summary, "scheduled_maintenances") == ["2025-06-10-onderhoud-verkoopaccount", "2025-06-17-onderhoud-verzendlabels"])
        #expect(Self.ids(try FeedFixtures.json(files, "api/v2/incidents.json"), "incidents")
                == ["2025-06-10-bestellingen-vertraagd", "2025-06-02-phone-lines-down"])
        #expect(Self.ids(try FeedFixtures.json(files, "api/v2/incidents/unresolved.json"), "incidents")
                == ["2025-06-10-bestellingen-vertraagd"])
        #expect(Self.ids(try FeedFixtures.json(files, "api/v2/scheduled-maintenances.json"), "scheduled_maintenances")
                == ["2025-06-17-onderhoud-verzendlabels", "2025-06-10-onderhoud-verkoopaccount"])
        #expect(Self.ids(try FeedFixtures.json(files, "api/v2/scheduled-maintenances/upcoming.json"), "scheduled_maintenances")
                == ["2025-06-17-onderhoud-verzendlabels"])
        #expect(Self.ids(try FeedFixtures.json(files, "api/v2/scheduled-maintenances/active.json"), "scheduled_maintenances")
                == ["2025-06-10-onderhoud-verkoopaccount"])
    }

    @Test("components follow the open incidents and maintenance")
    func componentStatuses() throws {
        let components = try FeedFixtures.json(FeedFixtures.files(), "api/v2/components.json")["components"] as? [[String: Any]]
        let statuses = Dictionary(uniqueKeysWithValues: try #require(components).map { ($0["id"] as! String, $0["status"] as! String) })
        #expect(statuses == [
            "orders": "partial_outage", "cancellations": "partial_outage", "shipping": "operational",
            "customer-questions": "operational", "returns": "operational", "phone": "operational",
            "billing": "operational", "account": "under_maintenance", "offers": "under_maintenance",
        ])
        #expect(try #require(components).map { $0["position"] as? Int } == Array(1...9))
    }

    @Test("the page status is the worst open impact; the page time is the newest update, not the reference time")
    func pageStatus() throws {
        let status = try FeedFixtures.json(FeedFixtures.files(), "api/v2/status.json")
        #expect(status["status"] as? [String: String] == ["indicator": "major", "description": "Partial System Outage"])
        let page = try #require(status["page"] as? [String: String])
        #expect(page["updated_at"] == "2025-06-10T22:00:00+02:00")
        #expect(page["url"] == "https://status.example.nl/")
        #expect(page["name"] == "Actuele storingen")
    }

    @Test("plain updates carry the status in force; the first update and the resolution change components")
    func updateStatuses() throws {
        let incidents = try FeedFixtures.json(FeedFixtures.files(), "api/v2/incidents.json")["incidents"] as? [[String: Any]]
        let phone = try #require(incidents?.first { $0["id"] as? String == "2025-06-02-phone-lines-down" })
        let updates = try #require(phone["incident_updates"] as? [[String: Any]])
        #expect(updates.map { $0["status"] as? String } == ["resolved", "resolved", "investigating"])
        #expect(updates.map { $0["id"] as? String } == ["2025-06-02-phone-lines-down-3", "2025-06-02-phone-lines-down-2", "2025-06-02-phone-lines-down-1"])
        #expect(updates[0]["affected_components"] is NSNull)
        let resolution = try #require(updates[1]["affected_components"] as? [[String: String]])
        #expect(resolution == [["code": "phone", "name": "Telefonie", "old_status": "degraded_performance", "new_status": "operational"]])
        #expect(phone["resolved_at"] as? String == "2025-06-02T09:40:00+02:00")
        #expect(phone["monitoring_at"] is NSNull)
        #expect(updates[1]["body"] as? String == "Calls connect again:\n\n- the phone menu works as usual;\n- callbacks requested this morning are being handled.")
    }

    @Test("a critical incident is a major outage; impact none leaves the page operational")
    func impactMapping() throws {
        let critical = try FeedFixtures.parse("""
            ---
            title: Alles ligt plat
            services: [billing]
            impact: critical
            ---
            ## 2025-06-10 21:00 — Storing
            Niets werkt.
            """, path: "incidents/plat.md")
        let harmless = try FeedFixtures.parse("""
            ---
            title: Kleine kwestie
            services: [returns]
            impact: none
            ---
            ## 2025-06-10 21:30 — Onderzoek
            We kijken ernaar.
            """, path: "incidents/klein.md")
        let files = FeedFixtures.render(FeedFixtures.snapshot([critical, harmless]))
        let status = try FeedFixtures.json(files, "api/v2/status.json")["status"] as? [String: String]
        #expect(status == ["indicator": "critical", "description": "Major System Outage"])
        let components = try FeedFixtures.json(files, "api/v2/components.json")["components"] as? [[String: Any]] ?? []
        #expect(components.first { $0["id"] as? String == "billing" }?["status"] as? String == "major_outage")
        #expect(components.first { $0["id"] as? String == "returns" }?["status"] as? String == "operational")

        let onlyHarmless = FeedFixtures.render(FeedFixtures.snapshot([harmless]))
        #expect(try FeedFixtures.json(onlyHarmless, "api/v2/status.json")["status"] as? [String: String]
                == ["indicator": "none", "description": "All Systems Operational"])
    }

    @Test("maintenance being verified, and maintenance completed")
    func maintenanceStatuses() throws {
        let text = """
            ---
            title: Onderhoud facturatie
            kind: maintenance
            services: [billing]
            scheduled: 2025-06-10 20:00 .. 2025-06-10 23:30
            ---
            ## 2025-06-10 22:30 — Controleren
            We controleren de facturen.
            ## 2025-06-10 20:00 — Bezig
            Gestart.
            """
        let verifying = try FeedFixtures.parse(text, path: "incidents/facturatie.md")
        let files = FeedFixtures.render(FeedFixtures.snapshot([verifying]))
        let active = try FeedFixtures.json(files, "api/v2/scheduled-maintenances/active.json")["scheduled_maintenances"] as? [[String: Any]]
        #expect(active?.map { $0["status"] as? String } == ["verifying"])

        let completed = try FeedFixtures.parse(
            text.replacingOccurrences(of: "## 2025-06-10 22:30", with: "## 2025-06-10 22:50 — Afgerond\nKlaar.\n## 2025-06-10 22:30"),
            path: "incidents/facturatie.md")
        let later = FeedFixtures.render(FeedFixtures.snapshot([completed]))
        let all = try FeedFixtures.json(later, "api/v2/scheduled-maintenances.json")["scheduled_maintenances"] as? [[String: Any]]
        let object = try #require(all?.first)
        #expect(object["status"] as? String == "completed")
        #expect(object["resolved_at"] as? String == "2025-06-10T22:50:00+02:00")
        #expect(object["scheduled_for"] as? String == "2025-06-10T20:00:00+02:00")
        #expect(object["scheduled_until"] as? String == "2025-06-10T23:30:00+02:00")
        #expect(try FeedFixtures.json(later, "api/v2/scheduled-maintenances/active.json")["scheduled_maintenances"] as? [Any] != nil)
        #expect((try FeedFixtures.json(later, "api/v2/scheduled-maintenances/active.json")["scheduled_maintenances"] as? [Any])?.isEmpty == true)
    }

    @Test("an upcoming maintenance has not started")
    func upcomingHasNoStart() throws {
        let upcoming = try FeedFixtures.json(FeedFixtures.files(), "api/v2/scheduled-maintenances/upcoming.json")
        let object = try #require((upcoming["scheduled_maintenances"] as? [[String: Any]])?.first)
        #expect(object["started_at"] is NSNull)
        #expect(object["scheduled_for"] as? String == "2025-06-17T22:00:00+02:00")
    }

    @Test("incidents.json and scheduled-maintenances.json hold the 50 most recent")
    func listLimits() throws {
        var incidents: [Incident] = []
        for day in 1...60 {
            let date = WallClock.amsterdam.instant(LocalDateTime(year: 2025, month: 3, day: 1, hour: 12).addingDays(day))
            incidents.append(Incident(
                id: IncidentID(String(format: "i-%02d", day)), title: "Storing \(day)", services: [ServiceKey("orders")],
                updates: [Update(instant: date, status: .resolved, body: "Opgelost.", location: SourceLocation(path: "x", line: 1, column: 1))],
                order: .oldestFirst))
            incidents.append(Incident(
                id: IncidentID(String(format: "m-%02d", day)), title: "Onderhoud \(day)", kind: .maintenance,
                scheduled: TimeRange(start: date, end: date.addingTimeInterval(3_600)),
                updates: [Update(instant: date.addingTimeInterval(-86_400), status: .scheduled, body: "Gepland.",
                                 location: SourceLocation(path: "m", line: 1, column: 1))]))
        }
        let files = FeedFixtures.render(FeedFixtures.snapshot(incidents))
        let listed = Self.ids(try FeedFixtures.json(files, "api/v2/incidents.json"), "incidents")
        #expect(listed == (11...60).reversed().map { String(format: "i-%02d", $0) })
        let maintenance = Self.ids(try FeedFixtures.json(files, "api/v2/scheduled-maintenances.json"), "scheduled_maintenances")
        #expect(maintenance == (11...60).reversed().map { String(format: "m-%02d", $0) })
    }
}
