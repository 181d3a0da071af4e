import Foundation
import IncidentModel
import Testing
import TestSupport
@testable import IncidentParsing

/// Every input the fuzzer (`storingen-fuzz`) found a crash, hang or runaway memory with,
/// kept under Fixtures/Fuzz/regressions/ and replayed through the whole parse path.
struct FuzzRegressionTests {
    static let inputs: [String] = {
        let folder = Fixtures.directory().appendingPathComponent("Fuzz/regressions")
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }()

    @Test func thereAreRegressionInputs() {
        #expect(!Self.inputs.isEmpty)
    }

    @Test(arguments: inputs)
    func replays(name: String) throws {
        let url = Fixtures.directory().appendingPathComponent("Fuzz/regressions/\(name)")
        let result = IncidentParser().parse(Array(try Data(contentsOf: url)), path: name)
        #expect(result.incident != nil || result.diagnostics.containsErrors)
    }

    @Test func aTimestampInAnUnsupportedYearIsALocatedError() {
        let result = IncidentParser().parse("---\ntitle: T\nservices: [phone]\nopened: 1012-05-14 08:20\n---\n## 2024-05-14 13:40 — Storing\n", path: "x.md")
        #expect(result.diagnostics.map(\.description) == ["x.md:4:9: error: year 1012 is outside 1970–2099; check the date"])
    }
}
