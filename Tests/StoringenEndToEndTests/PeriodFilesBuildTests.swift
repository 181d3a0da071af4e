import Foundation
import Testing
import TestSupport

/// `storingen build` publishes `api/excused/<norm>/<period>.json` for every period of
/// every norm with excused time, each agreeing with `api/excused.json`.
@Suite(.serialized)
struct PeriodFilesBuildTests {
    @Test func everyPeriodOfApiExcusedHasItsOwnFile() throws {
        let output = try Fixtures.temporaryDirectory("build").appendingPathComponent("public")
        defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
        let build = try CLI.run(["build", "--output", output.path, "--as-of", "2026-11-23 12:00"])
        #expect(build.status == 0, "\(build.standardError)")
        let published = try Data(contentsOf: output.appendingPathComponent("api/excused.json"))
        // The file scripts download reads as `excused --format json` prints, byte for byte.
        let asked = try CLI.run(["excused", "--format", "json", "--as-of", "2026-11-23 12:00"])
        #expect(asked.status == 0, "\(asked.standardError)")
        #expect(String(decoding: published, as: UTF8.self) == asked.standardOutput)
        let whole = try #require(try JSONSerialization.jsonObject(with: published) as? [String: Any])
        var expected: [String: Int] = [:]
        for norm in whole["norms"] as? [[String: Any]] ?? [] {
            for period in norm["periods"] as? [[String: Any]] ?? [] {
                expected["api/excused/\(norm["key"] as? String ?? "")/\(period["period"] as? String ?? "").json"] = period["excusedSeconds"] as? Int
            }
        }
        #expect(expected.keys.contains("api/excused/on-time-delivery/2023-W50.json"))
        #expect(expected.keys.contains("api/excused/returns/2025-01.json"))
        let folder = output.appendingPathComponent("api/excused")
        let written = try FileManager.default.subpathsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".json") }.map { "api/excused/\($0)" }
        #expect(Set(written) == Set(expected.keys))
        for (path, seconds) in expected {
            let file = try #require(try JSONSerialization.jsonObject(
                with: Data(contentsOf: output.appendingPathComponent(path))) as? [String: Any])
            #expect(file["excusedSeconds"] as? Int == seconds, "\(path)")
            #expect(path.hasSuffix("/\(file["period"] as? String ?? "").json"))
        }
    }

    @Test func theDocsExampleIsWhatTheBuildWrites() throws {
        let output = try Fixtures.temporaryDirectory("build").appendingPathComponent("public")
        defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
        let build = try CLI.run(["build", "--output", output.path, "--as-of", "2024-01-01 00:00"])
        #expect(build.status == 0, "\(build.standardError)")
        let page = try String(contentsOf: Fixtures.repositoryRoot().appendingPathComponent("docs/excusal.md"), encoding: .utf8)
        let marker = "For the seed incident, week 51:\n\n```json\n"
        let start = try #require(page.range(of: marker)).upperBound
        let end = try #require(page.range(of: "```", range: start..<page.endIndex)).lowerBound
        let written = try String(contentsOf: output.appendingPathComponent("api/excused/on-time-delivery/2023-W51.json"), encoding: .utf8)
        #expect(String(page[start..<end]) == written)
    }
}
