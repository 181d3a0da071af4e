import Foundation
import Testing
import TestSupport

/// `--as-of T` gives the site and the excused windows exactly as they stood at T: the
/// commands on the example project equal, byte for byte, the same commands on a copy of
/// it whose files are cut to their updates dated at or before T (files left without
/// updates removed), as a user would find the repository at T.
struct TimeTravelCommandTests {
    /// During the shipping-label outage, resolved at 12:30; the moment a seller disputes.
    static let moment = "2024-10-08 12:00"

    /// The later updates, `path → heading lines`, from the warnings `check` gives for them.
    func laterUpdates(at moment: String) throws -> [String: [Int]] {
        let check = try CLI.run(["check", "--format", "json", "--as-of", moment])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(check.standardOutput.utf8)) as? [String: Any])
        let diagnostics = try #require(report["diagnostics"] as? [[String: Any]])
        var lines: [String: [Int]] = [:]
        for diagnostic in diagnostics where (diagnostic["message"] as? String)?.contains("is in the future") == true {
            lines[try #require(diagnostic["path"] as? String), default: []].append(try #require(diagnostic["line"] as? Int))
        }
        return lines
    }

    /// The example incidents as they stood at `moment`, in a new project folder.
    func cutProject(at moment: String) throws -> TemporaryProject {
        let later = try laterUpdates(at: moment)
        let project = try TemporaryProject("as-of")
        let root = Fixtures.repositoryRoot()
        for (relative, _) in FileTree.contents(of: root.appendingPathComponent("incidents")) {
            let path = "incidents/" + relative
            let lines = try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
                .split(separator: "\n", omittingEmptySubsequences: false)
            let headings = lines.indices.filter { lines[$0].hasPrefix("## ") }.map { $0 + 1 }
            let updates = headings.filter { !lines[$0 - 1].hasPrefix("## Nabeschouwing") && !lines[$0 - 1].hasPrefix("## Postmortem") }
            let dropped = later[path] ?? []
            if !updates.isEmpty, Set(updates).isSubset(of: dropped) { continue }
            var removed = Set<Int>()
            for start in dropped {
                removed.formUnion(start..<(headings.first { $0 > start } ?? lines.count + 1))
            }
            try project.write(path, lines.indices.filter { !removed.contains($0 + 1) }.map { String(lines[$0]) }.joined(separator: "\n"))
        }
        try FileManager.default.removeItem(at: project.root.appendingPathComponent("site"))
        try FileManager.default.copyItem(at: root.appendingPathComponent("site"), to: project.root.appendingPathComponent("site"))
        return project
    }

    @Test func buildAndExcusedAtAMomentEqualThemOnTheFilesAsTheyStoodThen() throws {
        let later = try laterUpdates(at: Self.moment)
        #expect(later.values.joined().count >= 10, "updates of the outage's resolution, late 2024, 2025 and 2026")
        let cut = try cutProject(at: Self.moment)
        #expect(!cut.exists("incidents/2026/2026-11-18-voorraad-wijzigingen-vertraagd.md"))
        #expect(try !cut.read("incidents/2024/2024-10-08-shipping-labels-unavailable.md").contains("Resolved"))

        let full = try Fixtures.temporaryDirectory("as-of-full"), fromCut = try Fixtures.temporaryDirectory("as-of-cut")
        let built = try CLI.run(["build", "--output", full.path, "--as-of", Self.moment])
        #expect(built.status == 0, "\(built.standardError)")
        // build names every update it left out, once.
        let named = built.standardError.split(separator: "\n").filter { $0.contains("is in the future") }
        #expect(named.count == later.values.joined().count && Set(named).count == named.count)
        let builtCut = try cut.run(["build", "--output", fromCut.path, "--as-of", Self.moment])
        #expect(builtCut.status == 0, "\(builtCut.standardError)")
        #expect(!builtCut.standardError.contains("is in the future"))
        let fullTree = FileTree.contents(of: full), cutTree = FileTree.contents(of: fromCut)
        #expect(fullTree.keys.sorted() == cutTree.keys.sorted())
        #expect(fullTree.keys.filter { fullTree[$0] != cutTree[$0] }.sorted() == [])

        let excused = try CLI.run(["excused", "--format", "json", "--as-of", Self.moment])
        let excusedCut = try cut.run(["excused", "--format", "json", "--as-of", Self.moment])
        #expect(excused.status == 0 && excused.standardOutput == excusedCut.standardOutput)
        #expect(!excused.standardOutput.contains("2024-10-08T12:30"), "no window ends at the resolution of 12:30")
        #expect(!excused.standardOutput.contains("\"2025-") && !excused.standardOutput.contains("\"2026-"))
    }
}
