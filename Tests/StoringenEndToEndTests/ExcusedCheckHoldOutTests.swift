import Foundation
import Testing
import TestSupport

/// Hold-out check of `excused --check` against `excused --at` on the example incidents:
/// for every norm, rows just before, at and just after each window's start and end,
/// written with the Amsterdam offset, with the other offset, in UTC (`Z`), in local
/// style and as Unix seconds, must each get the answer `--at` gives for that instant.
/// Times are written with Foundation's formatters, independent of the code under test.
@Suite(.serialized)
struct ExcusedCheckHoldOutTests {
    static let asOf = ["--as-of", "2026-11-23 12:00"]
    static let amsterdam = TimeZone(identifier: "Europe/Amsterdam")!

    static func formatter(_ format: String, _ zone: TimeZone) -> DateFormatter {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.calendar = Calendar(identifier: .gregorian)
        formatter.timeZone = zone
        formatter.dateFormat = format
        return formatter
    }

    /// The row texts of one instant; the first is the one given to `--at`.
    static func texts(for instant: Date) -> [String] {
        let offset = amsterdam.secondsFromGMT(for: instant)
        let other = TimeZone(secondsFromGMT: offset == 3_600 ? 7_200 : 3_600)!
        var texts = [
            formatter("yyyy-MM-dd'T'HH:mm:ssxxx", amsterdam).string(from: instant),
            formatter("yyyy-MM-dd'T'HH:mm:ssxxx", other).string(from: instant),
            formatter("yyyy-MM-dd'T'HH:mm:ss'Z'", TimeZone(identifier: "UTC")!).string(from: instant),
            String(Int(instant.timeIntervalSince1970)),
        ]
        // A local reading names one instant unless a summer-time change is near.
        let change = amsterdam.nextDaylightSavingTimeTransition(after: instant.addingTimeInterval(-7_200))
        if change.map({ $0.timeIntervalSince(instant) > 7_200 }) ?? true {
            texts.append(formatter("yyyy-MM-dd HH:mm:ss", amsterdam).string(from: instant))
        }
        return texts
    }

    struct Norm {
        var key: String
        var edges: [Date]
    }

    func norms() throws -> [Norm] {
        let output = try CLI.run(["excused", "--format", "json"] + Self.asOf)
        #expect(output.status == 0, "\(output.standardError)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(output.standardOutput.utf8)) as? [String: Any])
        let parser = ISO8601DateFormatter()
        return try #require(json["norms"] as? [[String: Any]]).compactMap { norm in
            let windows = (norm["windows"] as? [[String: Any]]) ?? []
            let edges = windows.flatMap { [$0["start"] as? String, $0["end"] as? String] }.compactMap { $0.flatMap(parser.date) }
            return edges.isEmpty ? nil : Norm(key: norm["key"] as? String ?? "", edges: edges)
        }
    }

    @Test func everyRowGetsTheAnswerOfExcusedAt() throws {
        let norms = try norms()
        #expect(norms.count >= 6, "the example corpus excuses six norms")
        let folder = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        var comparedRows = 0
        for norm in norms {
            let instants = norm.edges.flatMap { edge in [-1.0, 0, 1].map { edge.addingTimeInterval($0) } }
            var rows: [(instant: Int, text: String)] = []
            for (number, instant) in instants.enumerated() {
                rows += Self.texts(for: instant).map { (number, $0) }
            }
            let path = folder.appendingPathComponent("\(norm.key).csv").path
            try Data(("row,timestamp\n" + rows.enumerated().map { "\($0.offset),\($0.element.text)" }.joined(separator: "\n"))
                .utf8).write(to: URL(fileURLWithPath: path))
            let bulk = try CLI.run(["excused", "--norm", norm.key, "--check", path] + Self.asOf)
            #expect(bulk.status == 0, "\(norm.key): \(bulk.standardError)")
            let answers = bulk.standardOutput.split(separator: "\n").dropFirst().map { line in
                line.split(separator: ",", omittingEmptySubsequences: false)[2] == "true"
            }
            try #require(answers.count == rows.count, "\(norm.key)")
            #expect(answers.contains(true) && answers.contains(false), "\(norm.key): rows on both sides of each edge")
            for (number, instant) in instants.enumerated() {
                let at = Self.texts(for: instant)[0]
                let single = try CLI.run(["excused", "--norm", norm.key, "--at", at] + Self.asOf)
                #expect(single.status == 0 || single.status == 1, "\(single.standardError)")
                for (row, answer) in zip(rows, answers) where row.instant == number {
                    #expect(answer == (single.status == 0), "\(norm.key) \(row.text) vs --at \(at)")
                    comparedRows += 1
                }
            }
        }
        #expect(comparedRows >= 6 * 2 * 3 * 4)
    }
}
