import Foundation
import Testing
import TestSupport

/// Maintenance that runs twice (`Bezig` → `Afgerond` → `Bezig` → `Afgerond`, a rollback
/// redone the next night) through the built binary: a window per run, each excused with grace.
@Suite(.serialized)
struct MaintenanceRunTwiceTests {
    static let incidents = Fixtures.directory().appendingPathComponent("maintenance-twice").path
    static let project = ["--incidents", incidents, "--site", incidents + "/no-site", "--as-of", "2024-03-01 00:00"]

    @Test func checkListsAWindowPerRun() throws {
        let output = try CLI.run(["check", "--format", "json"] + Self.project.prefix(2))
        #expect(output.status == 0, "\(output.standardError)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(output.standardOutput.utf8)) as? [String: Any])
        let incident = try #require((json["incidents"] as? [[String: Any]])?.first)
        #expect(incident["windows"] as? [[String: String]] == [
            ["start": "2024-02-06T22:00:00+01:00", "end": "2024-02-07T01:00:00+01:00"],
            ["start": "2024-02-07T23:00:00+01:00", "end": "2024-02-08T00:30:00+01:00"],
        ])
    }

    @Test func excusedJSONCoversTheSecondRunAndItsGrace() throws {
        let output = try CLI.run(["excused", "--format", "json", "--norm", "returns"] + Self.project)
        #expect(output.status == 0, "\(output.standardError)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(output.standardOutput.utf8)) as? [String: Any])
        let norm = try #require((json["norms"] as? [[String: Any]])?.first)
        // The first run's grace (to Thursday 01:00) overlaps the second run, whose own
        // grace of one business day ends Friday 00:30: one merged window.
        let windows = try #require(norm["windows"] as? [[String: Any]])
        #expect(windows.map { [$0["start"] as? String, $0["end"] as? String] } == [
            ["2024-02-06T22:00:00+01:00", "2024-02-09T00:30:00+01:00"],
        ])
        #expect(windows.first?["incidents"] as? [String] == ["2024-02-06-onderhoud-retouren"])
        let periods = try #require(norm["periods"] as? [[String: Any]])
        #expect(periods.map { "\($0["period"] ?? "")=\($0["excusedSeconds"] ?? "")" } == ["2024-02=181800"])
    }

    @Test(arguments: [("2024-02-08 12:00", Int32(0)), ("2024-02-09 00:29", Int32(0)), ("2024-02-09 00:30", Int32(1))])
    func atAnswersForTheSecondRunsGrace(at: String, status: Int32) throws {
        let output = try CLI.run(["excused", "--norm", "returns", "--at", at] + Self.project)
        #expect(output.status == status, "\(output.standardOutput)\(output.standardError)")
    }
}
