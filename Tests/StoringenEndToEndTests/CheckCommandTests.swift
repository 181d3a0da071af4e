import Foundation
import Testing
import TestSupport

/// `storingen check` as users and CI run it: exit codes, compiler-style lines, JSON, annotations.
@Suite(.serialized)
struct CheckCommandTests {
    static let broken = Fixtures.directory().appendingPathComponent("broken").path
    /// The moments the folders are checked at: the day after the broken files were
    /// written, and the one the example site's tests use.
    static let brokenAsOf = ["--as-of", "2024-01-03 12:00"]
    static let asOf = ["--as-of", "2026-11-23 12:00"]

    @Test func theExampleIncidentsAreClean() throws {
        let output = try CLI.run(["check", "--incidents", "incidents"] + Self.asOf)
        #expect(output.status == 0)
        #expect(output.standardError == "checked 10 files: 0 errors, 0 warnings\n")
        #expect(output.standardOutput == "")
    }

    @Test func aFolderOfBrokenFilesListsEveryErrorAndExits1() throws {
        let output = try CLI.run(["check", "--incidents", Self.broken] + Self.brokenAsOf)
        #expect(output.status == 1)
        let lines = output.standardError.split(separator: "\n").map { line in
            line.replacingOccurrences(of: Self.broken + "/", with: "")
        }
        #expect(lines.map { $0.prefix(while: { $0 != " " }) } == [
            "dst.md:4:4:", "dst.md:5:4:",
            "empty.md:1:1:",
            "mixed-order.md:8:1:",
            "sub/typos.md:5:4:", "sub/typos.md:6:25:",
            "unknown-key.md:3:1:", "unknown-key.md:4:1:",
            "warning.md:8:1:",
            "checked",
        ])
        #expect(lines.last == "checked 7 files: 8 errors, 1 warning")
        #expect(lines.contains("sub/typos.md:6:25: error: unknown status `Klaar`; write one of: Onderzoek, Storing, Investigating, Oorzaak gevonden, Geïdentificeerd, Identified, Monitoren, In de gaten, Monitoring, Opgelost, Verholpen, Hersteld, Resolved, Update, Bericht, or nothing for a plain update"))
    }

    @Test func underGitHubActionsErrorsAlsoBecomeAnnotations() throws {
        let output = try CLI.run(["check", "--incidents", Self.broken] + Self.brokenAsOf, environment: ["GITHUB_ACTIONS": "true"])
        #expect(output.status == 1)
        let annotations = output.standardOutput.split(separator: "\n")
        #expect(annotations.count == 9)
        #expect(annotations.contains { $0 == "::error file=\(Self.broken)/empty.md,line=1,col=1::file is empty; an incident needs front matter and at least a title" })
        #expect(annotations.contains { $0.hasPrefix("::warning file=\(Self.broken)/warning.md,line=8,col=1::") })
    }

    @Test func jsonHoldsTheIncidentsTheirWindowsAndTheDiagnostics() throws {
        let output = try CLI.run(["check", "--incidents", "incidents", "--format", "json"] + Self.asOf)
        #expect(output.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(output.standardOutput.utf8)) as? [String: Any])
        let incidents = try #require(json["incidents"] as? [[String: Any]])
        #expect(incidents.count == 10)
        let seed = try #require(incidents.first { $0["id"] as? String == "2023-12-13-bestellingen" })
        #expect(seed["kind"] as? String == "incident")
        #expect(seed["impact"] as? String == "major")
        #expect(seed["services"] as? [String] == ["orders", "cancellations"])
        let windows = try #require(seed["windows"] as? [[String: String]])
        #expect(windows == [
            ["start": "2023-12-13T12:23:00+01:00", "end": "2023-12-13T15:50:00+01:00"],
            ["start": "2023-12-18T09:30:00+01:00", "end": "2023-12-19T09:00:00+01:00"],
        ])
        let ongoing = try #require(incidents.first { $0["id"] as? String == "2026-11-18-voorraad-wijzigingen-vertraagd" })
        let ongoingWindow = try #require((ongoing["windows"] as? [[String: Any]])?.first)
        #expect(ongoingWindow["end"] is NSNull)
        #expect((json["diagnostics"] as? [Any])?.isEmpty == true)
    }

    @Test func jsonListsDiagnosticsWithTheirPositions() throws {
        let output = try CLI.run(["check", "--incidents", Self.broken, "--format", "json"] + Self.brokenAsOf)
        #expect(output.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(output.standardOutput.utf8)) as? [String: Any])
        let diagnostics = try #require(json["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.count == 9)
        let first = try #require(diagnostics.first { ($0["path"] as? String)?.hasSuffix("mixed-order.md") == true })
        #expect(first["line"] as? Int == 8)
        #expect(first["column"] as? Int == 1)
        #expect(first["severity"] as? String == "error")
        #expect((json["incidents"] as? [[String: Any]])?.map { $0["title"] as? String } == ["Goed", "Tussenkop"])
    }

    @Test(arguments: [["check", "--format", "xml"], ["check", "--incidents", "does-not-exist"], ["check", "--bogus"]])
    func badArgumentsExit2(arguments: [String]) throws {
        let output = try CLI.run(arguments)
        #expect(output.status == 2)
        #expect(output.standardError.contains("Error:") || output.standardError.contains("error:"))
    }
}
