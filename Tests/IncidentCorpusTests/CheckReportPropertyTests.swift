import Foundation
import IncidentModel
import IncidentParsing
import PropertyBased
import Testing
import TestSupport
@testable import IncidentCorpus

/// Over generated files in every timestamp style: the parser reads what was written, and
/// `check --format json` reports exactly what the model holds.
struct CheckReportPropertyTests {
    @Test func theParserReadsEveryGeneratedFileAsWritten() async {
        await propertyCheck(count: 300, input: Gen.int(in: 0...Int.max)) { seed in
            var generator = IncidentTextGenerator(seed: UInt64(seed))
            let generated = generator.make()
            let result = IncidentParser().parse(generated.text, path: "g.md")
            #expect(result.diagnostics.filter { $0.severity == .error } == [], "\(generated.text)")
            guard let incident = result.incident else { return }
            #expect(incident.chronologicalUpdates.map(\.instant) == generated.updates.map(\.instant), "\(generated.text)")
            #expect(incident.chronologicalUpdates.map(\.status) == generated.updates.map(\.status), "\(generated.text)")
        }
    }

    @Test func checkJSONReportsWhatTheModelHolds() async throws {
        await propertyCheck(count: 100, input: Gen.int(in: 0...Int.max)) { seed in
            var generator = IncidentTextGenerator(seed: UInt64(seed))
            let generated = generator.make()
            let result = IncidentParser().parse(generated.text, path: "g.md")
            guard let incident = result.incident else {
                Issue.record("generated file did not parse: \(result.diagnostics)")
                return
            }
            let json = CheckReport(corpus: Corpus(incidents: [incident], diagnostics: result.diagnostics, fileCount: 1)).json()
            let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
            let reported = (object?["incidents"] as? [[String: Any]])?.first
            #expect(reported?["id"] as? String == incident.id.rawValue)
            #expect(reported?["title"] as? String == incident.title)
            #expect(reported?["kind"] as? String == incident.kind.rawValue)
            #expect(reported?["impact"] as? String == incident.impact.rawValue)
            #expect(reported?["services"] as? [String] == incident.services.map(\.rawValue))
            let windows = (reported?["windows"] as? [[String: Any]] ?? []).map { window in
                [window["start"] as? String ?? "?", (window["end"] as? String) ?? "ongoing"]
            }
            #expect(windows == incident.impactWindows.map { [RFC3339.string(from: $0.start), $0.end.map { RFC3339.string(from: $0) } ?? "ongoing"] })
        }
    }
}
