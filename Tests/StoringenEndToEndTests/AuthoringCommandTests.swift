import Foundation
import Testing
import TestSupport

/// `new` and `update` in a temporary repository, as an operator uses them mid-outage.
@Suite(.serialized)
struct AuthoringCommandTests {
    func repository() throws -> URL {
        let root = try Fixtures.temporaryDirectory("authoring")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("incidents"), withIntermediateDirectories: true)
        return root
    }

    func read(_ root: URL, _ path: String) throws -> Data {
        try Data(contentsOf: root.appendingPathComponent(path))
    }

    @Test func newThenThreeUpdatesGivesACleanFileWithTheRightWindows() throws {
        let root = try repository()
        let created = try CLI.run(["new", "Storing verwerken nieuwe bestellingen", "--services", "orders,cancellations",
                                   "--at", "2023-12-13 12:23", "--message", "Bestellingen komen niet door."], in: root)
        #expect(created.status == 0, "\(created.standardError)")
        let path = "incidents/2023/2023-12-13-storing-verwerken-nieuwe-bestellingen.md"
        #expect(created.standardOutput == path + "\n")
        for (status, at, message) in [("Opgelost", "2023-12-13 15:50", "Hersteld."), ("Onderzoek", "2023-12-18 09:30", "Weer problemen."),
                                      ("resolved", "2023-12-19 09:00", "Verholpen.")] {
            let updated = try CLI.run(["update", "2023-12-13-storing-verwerken-nieuwe-bestellingen", "--status", status, message, "--at", at], in: root)
            #expect(updated.status == 0, "\(updated.standardError)")
            #expect(updated.standardOutput == path + "\n")
        }
        let check = try CLI.run(["check", "--format", "json"], in: root)
        #expect(check.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(check.standardOutput.utf8)) as? [String: Any]
        let incident = try #require((json?["incidents"] as? [[String: Any]])?.first)
        #expect(incident["title"] as? String == "Storing verwerken nieuwe bestellingen")
        #expect((incident["windows"] as? [[String: String]]) == [
            ["start": "2023-12-13T12:23:00+01:00", "end": "2023-12-13T15:50:00+01:00"],
            ["start": "2023-12-18T09:30:00+01:00", "end": "2023-12-19T09:00:00+01:00"],
        ])
        let text = String(decoding: try read(root, path), as: UTF8.self)
        #expect(text.hasPrefix("""
            ---
            title: "Storing verwerken nieuwe bestellingen"
            services: [orders, cancellations]
            impact: major
            opened: 2023-12-13 12:23
            ---

            ## 2023-12-19 09:00 — Opgelost

            Verholpen.

            ## 2023-12-18 09:30 — Onderzoek
            """))
    }

    @Test func updateInsertsAtTheTopOfANewestFirstFileAndChangesNothingElse() throws {
        let root = try repository()
        let original = "---\r\ntitle: T\r\nservices: [orders]\r\n---\r\n\r\nSamenvatting.\r\n\r\n## 2024-01-02 11:00 — Monitoren\r\n\r\nTwee.\r\n\r\n## 2024-01-02 10:00 — Onderzoek\r\n\r\nEen.  \r\n"
        try original.write(to: root.appendingPathComponent("incidents/a.md"), atomically: true, encoding: .utf8)
        let result = try CLI.run(["update", "a", "--status", "Opgelost", "Drie.", "--at", "2024-01-02 12:00"], in: root)
        #expect(result.status == 0, "\(result.standardError)")
        let expected = original.replacingOccurrences(
            of: "## 2024-01-02 11:00", with: "## 2024-01-02 12:00 — Opgelost\r\n\r\nDrie.\r\n\r\n## 2024-01-02 11:00")
        #expect(String(decoding: try read(root, "incidents/a.md"), as: UTF8.self) == expected)
    }

    @Test func updateAppendsToAnOldestFirstFileAndChangesNothingElse() throws {
        let root = try repository()
        let original = "---\ntitle: T\nservices: [orders]\n---\n## 2024-01-02 10:00 — Onderzoek\nEen.\n\n## 2024-01-02 11:00 — Monitoren\nTwee."
        try original.write(to: root.appendingPathComponent("incidents/b.md"), atomically: true, encoding: .utf8)
        let result = try CLI.run(["update", "incidents/b.md", "--status", "Resolved", "--file", "/dev/null", "--at", "2024-01-02 12:00"], in: root)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(String(decoding: try read(root, "incidents/b.md"), as: UTF8.self) == original + "\n\n## 2024-01-02 12:00 — Opgelost\n")
    }

    @Test(arguments: [
        (["--status", "Opgelost", "x", "--at", "2024-01-02 09:00"], "would be earlier than the latest one"),
        (["--status", "Afgerond", "x", "--at", "2024-01-02 12:00"], "is a maintenance status"),
        (["--status", "Klaar", "x"], "unknown status 'Klaar'"),
    ])
    func aRefusedUpdateLeavesTheFileUntouched(arguments: [String], reason: String) throws {
        let root = try repository()
        let original = "---\ntitle: T\n---\n## 2024-01-02 11:00 — Monitoren\n## 2024-01-02 10:00 — Onderzoek\n"
        try original.write(to: root.appendingPathComponent("incidents/c.md"), atomically: true, encoding: .utf8)
        let result = try CLI.run(["update", "c"] + arguments, in: root)
        #expect(result.status == 2)
        #expect(result.standardError.contains(reason), "\(result.standardError)")
        #expect(try read(root, "incidents/c.md") == Data(original.utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("incidents").path) == ["c.md"])
    }

    @Test func anUpdateToABrokenFileIsRefusedWithItsDiagnostics() throws {
        let root = try repository()
        let original = "---\ntitle: T\nservices: [nope]\n---\n## 2024-01-02 10:00 — Onderzoek\n"
        try original.write(to: root.appendingPathComponent("incidents/d.md"), atomically: true, encoding: .utf8)
        let result = try CLI.run(["update", "incidents/d.md", "--status", "Opgelost", "x", "--at", "2024-01-02 12:00"], in: root)
        #expect(result.status == 2)
        #expect(result.standardError.contains("incidents/d.md:3:12: error: unknown service `nope`"))
        #expect(try read(root, "incidents/d.md") == Data(original.utf8))
    }

    @Test func newRefusesUnknownServicesAndKeepsNamesUnique() throws {
        let root = try repository()
        let refused = try CLI.run(["new", "X", "--services", "orders,bestellingen"], in: root)
        #expect(refused.status == 2)
        #expect(refused.standardError.contains("unknown service `bestellingen`; known services: orders, cancellations"))
        let first = try CLI.run(["new", "Geïdentificeerd: één storing", "--services", "phone", "--at", "2024-05-14 08:20"], in: root)
        let second = try CLI.run(["new", "Geïdentificeerd: één storing", "--services", "phone", "--at", "2024-05-14 09:20"], in: root)
        #expect(first.standardOutput == "incidents/2024/2024-05-14-geidentificeerd-een-storing.md\n")
        #expect(second.standardOutput == "incidents/2024/2024-05-14-geidentificeerd-een-storing-2.md\n")
    }

    @Test func newMaintenanceNeedsItsSchedule() throws {
        let root = try repository()
        let refused = try CLI.run(["new", "Onderhoud", "--services", "account", "--kind", "maintenance"], in: root)
        #expect(refused.status == 2)
        let created = try CLI.run(["new", "Onderhoud API", "--services", "account", "--kind", "maintenance",
                                   "--scheduled", "2025-06-10 22:00 .. 2025-06-11 02:00", "--at", "2025-06-03 10:00"], in: root)
        #expect(created.status == 0, "\(created.standardError)")
        let text = String(decoding: try read(root, "incidents/2025/2025-06-03-onderhoud-api.md"), as: UTF8.self)
        #expect(text.contains("kind: maintenance\nscheduled: 2025-06-10 22:00 .. 2025-06-11 02:00\n"))
        #expect(text.contains("## 2025-06-03 10:00 — Gepland"))
    }
}
