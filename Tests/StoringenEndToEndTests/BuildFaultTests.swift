import Foundation
import Testing
import TestSupport

/// `build` under faults: killed at any moment, run twice at once, or pointed at a place
/// it cannot write, the published folder is always a whole site, old or new.
@Suite(.serialized)
struct BuildFaultTests {
    func tree(_ root: URL) -> [String: Data] {
        FileTree.contents(of: root)
    }

    func build(_ output: URL, asOf: String, project: URL = Fixtures.repositoryRoot()) -> Process {
        let process = Process()
        process.executableURL = CLI.binary
        process.arguments = ["build", "--output", output.path, "--as-of", asOf]
        process.currentDirectoryURL = project
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        return process
    }

    /// Two reference times give two different sites (the ongoing incident's window and
    /// the front page differ), so "old" and "new" can be told apart.
    static let oldAsOf = "2026-11-23 12:00"
    static let newAsOf = "2026-12-24 12:00"

    @Test func aBuildKilledAtAnyMomentLeavesTheOldSiteOrTheNewOne() throws {
        let root = try Fixtures.temporaryDirectory("fault")
        let reference = root.appendingPathComponent("reference")
        for (asOf, folder) in [(Self.oldAsOf, "old"), (Self.newAsOf, "new")] {
            let process = build(reference.appendingPathComponent(folder), asOf: asOf)
            try process.run()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0)
        }
        let old = tree(reference.appendingPathComponent("old"))
        let new = tree(reference.appendingPathComponent("new"))
        #expect(!old.isEmpty && old != new)

        let output = root.appendingPathComponent("public")
        var outcomes: [String: Int] = [:]
        for delay in stride(from: 0, through: 400, by: 20) {
            try? FileManager.default.removeItem(at: output)
            let first = build(output, asOf: Self.oldAsOf)
            try first.run()
            first.waitUntilExit()
            let process = build(output, asOf: Self.newAsOf)
            try process.run()
            Thread.sleep(forTimeInterval: Double(delay) / 1_000)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let published = tree(output)
            let outcome = published == old ? "old" : published == new ? "new" : "mixed"
            outcomes[outcome, default: 0] += 1
            #expect(outcome != "mixed", "killed after \(delay) ms: the published folder is neither site")
        }
        #expect(outcomes["mixed"] == nil)
        // The next build sweeps the staging folders the killed builds left behind.
        let next = build(output, asOf: Self.newAsOf)
        try next.run()
        next.waitUntilExit()
        #expect(tree(output) == new)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: root.path).filter { $0.contains(".building-") }
        #expect(leftovers.isEmpty, "abandoned staging folders: \(leftovers)")
    }

    /// A rebuild after one edit writes its few files in place (a temporary name, then
    /// `rename` over the old file): killed at any moment, every file is the old one or the
    /// new one, never torn, and the next build finishes the job.
    @Test func anInPlaceRebuildKilledAtAnyMomentLeavesEachFileOldOrNew() throws {
        let root = try Fixtures.temporaryDirectory("fault-in-place")
        let project = root.appendingPathComponent("project")
        try FileManager.default.createDirectory(at: project, withIntermediateDirectories: true)
        for folder in ["incidents", "site"] {
            try FileManager.default.copyItem(
                at: Fixtures.repositoryRoot().appendingPathComponent(folder), to: project.appendingPathComponent(folder))
        }
        try? FileManager.default.removeItem(at: project.appendingPathComponent("site/public"))
        let edited = project.appendingPathComponent("incidents/2024/2024-12-30-retouren-niet-zichtbaar.md")
        let original = try Data(contentsOf: edited)
        let changed = Data(String(decoding: original, as: UTF8.self)
            .replacingOccurrences(of: "title: ", with: "title: Bijgewerkt – ").utf8)
        func run(_ output: URL) throws {
            let process = build(output, asOf: Self.oldAsOf, project: project)
            try process.run()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0)
        }
        let reference = root.appendingPathComponent("reference")
        try run(reference.appendingPathComponent("old"))
        try changed.write(to: edited)
        try run(reference.appendingPathComponent("new"))
        let old = tree(reference.appendingPathComponent("old"))
        let new = tree(reference.appendingPathComponent("new"))
        let differing = Set(old.keys).union(new.keys).filter { old[$0] != new[$0] }
        #expect(!differing.isEmpty && differing.count < old.count / 4, "one edit changes a few files: \(differing.count)")

        let output = root.appendingPathComponent("public")
        var outcomes: [String: Int] = [:]
        for delay in stride(from: 0, through: 300, by: 25) {
            try? FileManager.default.removeItem(at: output)
            try original.write(to: edited)
            try run(output)
            let folder = try FileManager.default.attributesOfItem(atPath: output.path)[.systemFileNumber] as? Int
            try changed.write(to: edited)
            let process = build(output, asOf: Self.oldAsOf, project: project)
            try process.run()
            Thread.sleep(forTimeInterval: Double(delay) / 1_000)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let published = tree(output).filter { !($0.key as NSString).lastPathComponent.hasPrefix(".") }
            #expect(Set(published.keys) == Set(old.keys), "killed after \(delay) ms: files appeared or went missing")
            let torn = published.filter { $0.value != old[$0.key] && $0.value != new[$0.key] }.keys.sorted()
            #expect(torn.isEmpty, "killed after \(delay) ms: neither old nor new: \(torn.prefix(5))")
            let newFiles = published.filter { $0.value != old[$0.key] }.count
            outcomes[newFiles == 0 ? "old" : newFiles == differing.count ? "new" : "some new", default: 0] += 1
            if process.terminationReason == .exit {
                let after = try FileManager.default.attributesOfItem(atPath: output.path)[.systemFileNumber] as? Int
                #expect(after == folder, "the rebuild wrote in place rather than swapping the folder")
            }
        }
        #expect(outcomes["old", default: 0] + outcomes["some new", default: 0] > 0, "no kill landed before the rebuild finished: \(outcomes)")
        // The next build finishes the job and clears the temporaries a killed one left.
        try run(output)
        #expect(tree(output) == new)
    }

    @Test func twoBuildsAtOnceLeaveOneWholeSite() throws {
        let root = try Fixtures.temporaryDirectory("concurrent")
        let output = root.appendingPathComponent("public")
        let reference = root.appendingPathComponent("reference")
        var sites: [[String: Data]] = []
        for (index, asOf) in [Self.oldAsOf, Self.newAsOf].enumerated() {
            let process = build(reference.appendingPathComponent("\(index)"), asOf: asOf)
            try process.run()
            process.waitUntilExit()
            sites.append(tree(reference.appendingPathComponent("\(index)")))
        }
        for _ in 0..<3 {
            try? FileManager.default.removeItem(at: output)
            let one = build(output, asOf: Self.oldAsOf)
            let two = build(output, asOf: Self.newAsOf)
            try one.run()
            try two.run()
            one.waitUntilExit()
            two.waitUntilExit()
            #expect(one.terminationStatus == 0 && two.terminationStatus == 0)
            let published = tree(output)
            #expect(published == sites[0] || published == sites[1], "two builds at once mixed their sites")
        }
    }

    @Test func anUnwritableOutputIsAClearErrorAndKeepsNothingHalfWritten() throws {
        let root = try Fixtures.temporaryDirectory("unwritable")
        let blocker = root.appendingPathComponent("not-a-folder")
        try Data("file".utf8).write(to: blocker)
        let result = try CLI.run(["build", "--output", blocker.appendingPathComponent("public").path, "--as-of", Self.oldAsOf])
        #expect(result.status == 1)
        #expect(result.standardError.contains("error: cannot prepare"))
        #expect(result.standardError.contains("the previous site is unchanged"))
        #expect(try Data(contentsOf: blocker) == Data("file".utf8))
    }
}
