import Foundation
import Testing
import TestSupport

/// `excused --explain` on a fixture project with one case of each kind: grace across a
/// weekend and holidays (Easter), office hours cutting an outage, two incidents merged
/// into one window, a reopened incident, maintenance that ran twice, a moment just after
/// grace ended, and an ongoing window without grace yet. Text and JSON, Dutch and
/// English, against goldens; the JSON against the schema the site publishes.
@Suite(.serialized)
struct ExplainCommandTests {
    static let root = Fixtures.directory().appendingPathComponent("explain")
    static let asOf = ["--as-of", "2025-11-21 12:00"]

    /// Each question, with the exit code `--at` gives for it.
    static let questions: [(arguments: [String], status: Int32)] = [
        (["--norm", "on-time-delivery", "--at", "2025-04-22 12:00"], 0),  // grace across Easter
        (["--norm", "on-time-delivery", "--at", "2025-04-22 16:00"], 1),  // just after grace ended
        (["--norm", "phone-reachability", "--at", "2025-03-03 18:00"], 1),  // office hours over
        (["--norm", "phone-reachability", "--at", "2025-03-03 12:00"], 0),
        (["--norm", "on-time-delivery", "--at", "2024-12-05 12:00"], 0),  // merged; only b covers it
        (["--norm", "track-and-trace", "--from", "2025-06-01 00:00", "--to", "2025-07-01 00:00"], 0),  // reopened
        (["--norm", "returns", "--from", "2025-09-01 00:00", "--to", "2025-10-01 00:00"], 0),  // two runs
        (["--norm", "response-time", "--at", "2025-11-21 10:00"], 0),  // ongoing, no grace yet
    ]

    func transcript(format: String, lang: String) throws -> String {
        var text = ""
        for question in Self.questions {
            let arguments = ["excused", "--explain"] + question.arguments + ["--format", format, "--lang", lang] + Self.asOf
            let output = try CLI.run(arguments, in: Self.root)
            #expect(output.status == question.status, "\(arguments): \(output.standardError)")
            #expect(output.standardError.isEmpty, "\(output.standardError)")
            text += "$ storingen " + arguments.joined(separator: " ") + "\n" + output.standardOutput + "\n"
        }
        return text
    }

    @Test(arguments: ["nl", "en"])
    func textMatchesItsGolden(lang: String) throws {
        Snapshot.assertMatches(try transcript(format: "text", lang: lang), named: "explain.\(lang).txt")
    }

    @Test(arguments: ["nl", "en"])
    func jsonMatchesItsGoldenAndThePublishedSchema(lang: String) throws {
        Snapshot.assertMatches(try transcript(format: "json", lang: lang), named: "explain.\(lang).json.txt")
        guard Python.hasModules("jsonschema") else { return }
        let site = try Fixtures.temporaryDirectory("explain-site")
        _ = try CLI.run(["build", "--output", site.path] + Self.asOf, in: Self.root)
        let schema = site.appendingPathComponent("api/schema/explanation.schema.json")
        for question in Self.questions {
            let output = try CLI.run(["excused", "--explain", "--format", "json", "--lang", lang] + question.arguments + Self.asOf, in: Self.root)
            let document = try Python.temporaryFile(output.standardOutput, suffix: ".json")
            let result = try Python.run([Fixtures.repositoryRoot().appendingPathComponent("Tests/ExcusalFormatsTests/Fixtures/validate_json.py").path,
                                         schema.path, document.path])
            #expect(result.status == 0, "\(question.arguments): \(result.output)")
        }
    }

    @Test func explainWithoutANormOrInAnotherFormatIsRefused() throws {
        let withoutNorm = try CLI.run(["excused", "--explain"] + Self.asOf, in: Self.root)
        #expect(withoutNorm.status == 2 && withoutNorm.standardError.contains("--explain needs --norm"))
        let csv = try CLI.run(["excused", "--explain", "--norm", "returns", "--format", "csv"] + Self.asOf, in: Self.root)
        #expect(csv.status == 2 && csv.standardError.contains("--explain writes text or json"))
    }
}
