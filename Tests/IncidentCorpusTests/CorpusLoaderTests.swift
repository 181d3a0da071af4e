import Foundation
import IncidentModel
import Testing
import TestSupport
@testable import IncidentCorpus

/// Reading a folder: which files, in what order, and the checks that span files.
struct CorpusLoaderTests {
    func write(_ files: [String: String]) throws -> URL {
        let root = try Fixtures.temporaryDirectory("corpus")
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        return root
    }

    static func incident(_ title: String, slug: String? = nil) -> String {
        "---\ntitle: \(title)\nservices: [orders]\n\(slug.map { "slug: \($0)\n" } ?? "")---\n## 2024-01-02 10:00 — Onderzoek\n"
    }

    @Test func readsEveryMarkdownFileInSubFoldersInByteOrderSkippingHiddenOnes() throws {
        let root = try write([
            "b.md": Self.incident("B"), "a/z.md": Self.incident("AZ"), "A.md": Self.incident("Upper"),
            "notes.txt": "not an incident", ".hidden.md": "---\n", ".git/x.md": "---\n",
        ])
        let paths = try IncidentFiles.list(in: root.path).get().map { String($0.dropFirst(root.path.count + 1)) }
        #expect(paths == ["A.md", "a/z.md", "b.md"])
    }

    /// Incident files and folders may be symbolic links (a history kept elsewhere); a
    /// link that leads nowhere, or to something other than a file or folder, is no incident.
    @Test func followsLinksToFilesAndFolders() throws {
        let root = try write(["kept/2024/a.md": Self.incident("A"), "kept/b.md": Self.incident("B")])
        let incidents = root.appendingPathComponent("incidents")
        try FileManager.default.createDirectory(at: incidents, withIntermediateDirectories: false)
        let links = [("2024", "kept/2024"), ("b.md", "kept/b.md"), ("gone.md", "kept/missing.md"), ("null.md", "/dev/null")]
        for (name, target) in links {
            let destination = target.hasPrefix("/") ? target : root.appendingPathComponent(target).path
            try FileManager.default.createSymbolicLink(
                atPath: incidents.appendingPathComponent(name).path, withDestinationPath: destination)
        }
        let paths = try IncidentFiles.list(in: incidents.path).get().map { String($0.dropFirst(incidents.path.count + 1)) }
        #expect(paths == ["2024/a.md", "b.md"])
    }

    @Test(arguments: [
        ("a", "b", true), ("b", "a", false), ("a", "a", false), ("", "a", true), ("a", "", false),
        ("a.md", "a/z.md", true), ("Z", "a", true), ("z", "é", true), ("é", "z", false),
        ("2024/storing-01.md", "2024/storing-01.md.bak", true), ("ab", "a", false),
    ])
    func filesAreOrderedByTheirUTF8Bytes(first: String, second: String, less: Bool) {
        #expect(IncidentFiles.bytewiseLess(first, second) == less)
        #expect(IncidentFiles.bytewiseLess(first, second) == first.utf8.lexicographicallyPrecedes(second.utf8))
    }

    @Test func oneBadFileNeverHidesTheErrorsOfAnother() async throws {
        let root = try write([
            "1.md": "---\ntitle: T\nservices: [nope]\n---\n",
            "2.md": Self.incident("Goed"),
            "3.md": "---\ntitle: T\n---\n## 31-02-2024 10:00\n",
        ])
        let corpus = CorpusLoader().load(directory: root.path)
        #expect(corpus.fileCount == 3)
        #expect(corpus.incidents.map(\.title) == ["Goed"])
        #expect(corpus.diagnostics.filter { $0.severity == .error }.map { ($0.location.path as NSString).lastPathComponent } == ["1.md", "3.md"])
    }

    @Test func twoFilesWithOneIDAreAnErrorNamingTheFirst() async throws {
        let root = try write([
            "2023/a.md": Self.incident("A", slug: "zelfde"),
            "2024/b.md": Self.incident("B", slug: "zelfde"),
        ])
        let corpus = CorpusLoader().load(directory: root.path)
        let error = try #require(corpus.diagnostics.first)
        #expect(corpus.diagnostics.count == 1)
        #expect(error.location.path.hasSuffix("2024/b.md"))
        #expect(error.message.hasPrefix("incident id `zelfde` is already used by "))
        #expect(error.message.contains("2023/a.md"))
        #expect(corpus.incidents.map(\.title) == ["A"])
    }

    @Test func parallelLoadingKeepsFileOrder() async throws {
        var files: [String: String] = [:]
        for index in 0..<200 { files[String(format: "%03d.md", index)] = Self.incident("I\(index)") }
        let root = try write(files)
        let corpus = CorpusLoader().load(directory: root.path)
        #expect(corpus.incidents.map(\.title) == (0..<200).map { "I\($0)" })
    }

    @Test func aMissingFolderIsAnError() async {
        let corpus = CorpusLoader().load(directory: "/nonexistent/incidents")
        #expect(corpus.diagnostics.map(\.description) == ["/nonexistent/incidents:1:1: error: incidents folder not found; pass the folder with `--incidents DIR`"])
    }
}

/// The in-memory corpus of `serve`: one changed file, one parse.
struct IncrementalCorpusTests {
    @Test func reparsesOnlyWhatChanged() throws {
        let root = try Fixtures.temporaryDirectory("incremental")
        func write(_ name: String, _ title: String) throws {
            try CorpusLoaderTests.incident(title).write(to: root.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        try write("a.md", "A")
        try write("b.md", "B")
        var corpus = IncrementalCorpus()
        var changed = corpus.refresh(directory: root.path)
        #expect(changed)
        #expect(corpus.reparsed.count == 2)
        changed = corpus.refresh(directory: root.path)
        #expect(!changed, "nothing changed")
        #expect(corpus.reparsed.isEmpty)

        try write("b.md", "B, nu langer")
        changed = corpus.refresh(directory: root.path)
        #expect(changed)
        #expect(corpus.reparsed.map { ($0 as NSString).lastPathComponent } == ["b.md"])
        #expect(corpus.corpus.incidents.map(\.title) == ["A", "B, nu langer"])

        try FileManager.default.removeItem(at: root.appendingPathComponent("a.md"))
        changed = corpus.refresh(directory: root.path)
        #expect(changed)
        #expect(corpus.reparsed.isEmpty)
        #expect(corpus.corpus.incidents.map(\.title) == ["B, nu langer"])

        try "---\ntitle: [\n---\n".write(to: root.appendingPathComponent("c.md"), atomically: true, encoding: .utf8)
        changed = corpus.refresh(directory: root.path)
        #expect(changed)
        #expect(corpus.corpus.hasErrors)
        #expect(corpus.corpus.fileCount == 2)
    }


    /// The full scan stats files in the folder's own order; what it finds comes out in
    /// byte order all the same, a rename included.
    @Test func aFullScanKeepsByteOrderThroughARename() async throws {
        let root = try Fixtures.temporaryDirectory("incremental-rename")
        func write(_ name: String, _ title: String) throws {
            try CorpusLoaderTests.incident(title).write(to: root.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        for name in ["m", "c", "x", "a"] { try write("\(name).md", name.uppercased()) }
        var corpus = IncrementalCorpus()
        corpus.refresh(directory: root.path)
        #expect(corpus.corpus.incidents.map(\.title) == ["A", "C", "M", "X"])

        try FileManager.default.moveItem(at: root.appendingPathComponent("a.md"), to: root.appendingPathComponent("z.md"))
        try write("b.md", "B")
        let changed = corpus.refresh(directory: root.path)
        #expect(changed)
        #expect(corpus.reparsed.map { ($0 as NSString).lastPathComponent } == ["b.md", "z.md"])
        #expect(corpus.corpus.incidents.map(\.title) == ["B", "C", "M", "X", "A"])
        let loaded = CorpusLoader().load(directory: root.path)
        #expect(corpus.corpus.incidents == loaded.incidents, "what `build` reads")
    }
    /// A folder that is gone is an error until it is back, even when it comes back empty.
    @Test func aFolderThatComesBackEmptyIsNoLongerAnError() throws {
        let root = try Fixtures.temporaryDirectory("incremental-gone")
        let folder = root.appendingPathComponent("incidents")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try CorpusLoaderTests.incident("A").write(to: folder.appendingPathComponent("a.md"), atomically: true, encoding: .utf8)
        var corpus = IncrementalCorpus()
        corpus.refresh(directory: folder.path)
        #expect(corpus.corpus.incidents.count == 1)

        try FileManager.default.removeItem(at: folder)
        let gone = corpus.refresh(directory: folder.path)
        #expect(gone)
        #expect(corpus.corpus.hasErrors)

        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let back = corpus.refresh(directory: folder.path)
        #expect(back)
        #expect(corpus.corpus.diagnostics.isEmpty)
        #expect(corpus.corpus.incidents.isEmpty)
    }

    /// With the files a watcher named, only those are read, and the corpus is the one a
    /// full listing gives: after an edit, a new file in order, a deletion, a hidden file.
    @Test func namedFilesGiveTheCorpusOfAFullListing() throws {
        let root = try Fixtures.temporaryDirectory("incremental-named")
        let year = root.appendingPathComponent("2026")
        try FileManager.default.createDirectory(at: year, withIntermediateDirectories: true)
        func write(_ name: String, _ title: String) throws -> String {
            let url = year.appendingPathComponent(name)
            try CorpusLoaderTests.incident(title).write(to: url, atomically: true, encoding: .utf8)
            return url.path
        }
        for (name, title) in [("a.md", "A"), ("c.md", "C"), ("e.md", "E")] { _ = try write(name, title) }
        var corpus = IncrementalCorpus()
        corpus.refresh(directory: root.path)
        func expectAsListed(_ step: String) {
            var listed = IncrementalCorpus()
            listed.refresh(directory: root.path)
            #expect(corpus.corpus.incidents == listed.corpus.incidents, "after \(step)")
            #expect(corpus.corpus.fileCount == listed.corpus.fileCount, "after \(step)")
        }

        let edited = try write("c.md", "C, nu langer")
        let changed1 = corpus.refresh(directory: root.path, changedFiles: [edited])
        #expect(changed1)
        #expect(corpus.reparsed == [edited])
        expectAsListed("an edit")

        let added = try write("b.md", "B")
        let changed2 = corpus.refresh(directory: root.path, changedFiles: [added, year.path + "/.b.md.swp"])
        #expect(changed2)
        #expect(corpus.reparsed == [added], "a hidden file is no incident")
        #expect(corpus.corpus.incidents.map(\.title) == ["A", "B", "C, nu langer", "E"])
        expectAsListed("a new file")

        try FileManager.default.removeItem(atPath: edited)
        let changed3 = corpus.refresh(directory: root.path, changedFiles: [edited])
        #expect(changed3)
        expectAsListed("a deletion")

        let unchanged = year.appendingPathComponent("a.md").path
        let changed4 = corpus.refresh(directory: root.path, changedFiles: [unchanged, root.path + "/site.yml"])
        #expect(!changed4, "nothing named changed")

        // Not named, so not seen until a refresh that compares every file.
        _ = try write("e.md", "E, stil gewijzigd")
        let changed5 = corpus.refresh(directory: root.path, changedFiles: [])
        #expect(!changed5)
        let changed6 = corpus.refresh(directory: root.path)
        #expect(changed6)
        expectAsListed("a full refresh")
    }

    /// A save that keeps its incident's id puts the new incident where the old one stood;
    /// every kind of save, that or another, leaves the corpus (incidents and diagnostics)
    /// a full listing gives.
    @Test func namedEditsGiveTheIncidentsAndDiagnosticsOfAFullListing() throws {
        let root = try Fixtures.temporaryDirectory("incremental-in-place")
        func write(_ name: String, _ text: String) throws -> String {
            let url = root.appendingPathComponent(name)
            try text.write(to: url, atomically: true, encoding: .utf8)
            return url.path
        }
        let incident = CorpusLoaderTests.incident
        for (name, title, slug) in [("a.md", "A", nil), ("c.md", "C", nil), ("d1.md", "D1", "dubbel"), ("d2.md", "D2", "dubbel"),
                                    ("e.md", "E", nil)] as [(String, String, String?)] {
            _ = try write(name, incident(title, slug))
        }
        var corpus = IncrementalCorpus()
        corpus.refresh(directory: root.path)
        let steps: [(String, [(String, String)])] = [
            ("a title", [("c.md", incident("C, nu langer", nil))]),
            ("a warning added", [("c.md", incident("C", nil) + "### 2024-01-03 10:00 — later\n")]),
            ("the warning gone", [("c.md", incident("C, weer", nil))]),
            ("two files at once", [("a.md", incident("A2", nil)), ("e.md", incident("E2", nil))]),
            ("a new id", [("e.md", incident("E", "ander"))]),
            ("the first of a duplicate id", [("d1.md", incident("D1, nieuw", "dubbel"))]),
            ("the duplicate", [("d2.md", incident("D2, nieuw", "dubbel"))]),
            ("the first of a duplicate id taking another", [("d1.md", incident("D1", "eigen"))]),
            ("an id already used", [("e.md", incident("E", "eigen"))]),
            ("an error", [("a.md", "---\ntitle: [\n---\n")]),
            ("the error mended", [("a.md", incident("A3", nil))]),
        ]
        for (step, edits) in steps {
            let paths = try edits.map { try write($0.0, $0.1) }
            let changed = corpus.refresh(directory: root.path, changedFiles: Set(paths))
            #expect(changed, "after \(step)")
            var listed = IncrementalCorpus()
            listed.refresh(directory: root.path)
            #expect(corpus.corpus.incidents == listed.corpus.incidents, "after \(step)")
            #expect(corpus.corpus.diagnostics == listed.corpus.diagnostics, "after \(step)")
            #expect(corpus.corpus.fileCount == listed.corpus.fileCount, "after \(step)")
        }
        #expect(corpus.corpus.diagnostics.contains { $0.message.contains("`eigen`") }, "the duplicate id is reported")
    }
}
