import Foundation
import OutputEncoding
import ParallelWork
import TestSupport
import Testing
@testable import SiteWriter

/// The write stage: unchanged files keep their inode and mtime, deleted pages go, and a
/// failed write leaves the previous site exactly as it was.
struct SiteWriterTests {
    func files(_ pairs: [(String, String)]) -> [OutputFile] {
        pairs.map { OutputFile(path: $0.0, mediaType: .html, text: $0.1) }
    }

    func tree(_ root: URL) throws -> [String: String] {
        var result: [String: String] = [:]
        let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
        while let url = enumerator?.nextObject() as? URL {
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory)
            if !isDirectory.boolValue {
                result[String(url.standardizedFileURL.path.dropFirst(root.standardizedFileURL.path.count + 1))] = try String(contentsOf: url, encoding: .utf8)
            }
        }
        return result
    }

    /// A fresh output folder holding `pages`, written on every core, and its writer.
    func published(_ pages: [OutputFile]) throws -> (output: URL, writer: SiteWriter) {
        let output = try Fixtures.temporaryDirectory("writer").appendingPathComponent("public")
        let writer = SiteWriter(outputDirectory: output.path)
        _ = try writer.write(OutputPlan(pages), concurrently: true)
        return (output, writer)
    }

    /// Each page with its text prefixed by "new ": a change of every file.
    func renewed(_ pages: [OutputFile]) -> [OutputFile] {
        pages.map { OutputFile(path: $0.path, mediaType: .html, text: "new " + String(decoding: $0.contents, as: UTF8.self)) }
    }

    func identity(_ url: URL) throws -> (inode: Int, modified: Date) {
        let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
        return ((attributes[.systemFileNumber] as? Int) ?? -1, attributes[.modificationDate] as! Date)
    }

    @Test func writesKeepsUnchangedFilesAndRemovesDeletedOnes() throws {
        let parent = try Fixtures.temporaryDirectory("writer")
        let output = parent.appendingPathComponent("public")
        let writer = SiteWriter(outputDirectory: output.path)

        let first = try writer.write(files([("index.html", "home"), ("incidents/a/index.html", "A"), ("incidents/b/index.html", "B")]))
        #expect(first == SiteWriter.Summary(written: 3, unchanged: 0, removed: 0))
        #expect(try tree(output) == ["index.html": "home", "incidents/a/index.html": "A", "incidents/b/index.html": "B"])
        let homeBefore = try identity(output.appendingPathComponent("index.html"))
        let aBefore = try identity(output.appendingPathComponent("incidents/a/index.html"))

        Thread.sleep(forTimeInterval: 0.02)
        let second = try writer.write(files([("index.html", "home"), ("incidents/a/index.html", "A2")]))
        #expect(second == SiteWriter.Summary(written: 1, unchanged: 1, removed: 1))
        #expect(try tree(output) == ["index.html": "home", "incidents/a/index.html": "A2"])
        let homeAfter = try identity(output.appendingPathComponent("index.html"))
        #expect(homeAfter.inode == homeBefore.inode)
        #expect(homeAfter.modified == homeBefore.modified)
        #expect(try identity(output.appendingPathComponent("incidents/a/index.html")).inode != aBefore.inode)
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path) == ["public"], "no staging folder left behind")
    }

    /// serve's update: only the named files are written (others keep their inode), new
    /// folders are made, removed files go, and no temporary file is left beside them.
    @Test func anUpdateWritesOnlyWhatChanged() throws {
        let output = try Fixtures.temporaryDirectory("writer").appendingPathComponent("public")
        let writer = SiteWriter(outputDirectory: output.path)
        _ = try writer.write(files([("index.html", "home"), ("incidents/a/index.html", "A"), ("incidents/b/index.html", "B")]))
        let homeBefore = try identity(output.appendingPathComponent("index.html"))

        try writer.update(
            changed: files([("incidents/a/index.html", "A2"), ("incidents/c/index.html", "C")]),
            removed: ["incidents/b/index.html"])
        #expect(try tree(output) == ["index.html": "home", "incidents/a/index.html": "A2", "incidents/c/index.html": "C"])
        #expect(try identity(output.appendingPathComponent("index.html")).inode == homeBefore.inode)
        #expect(throws: SiteWriterError.invalidPath("../x.html")) {
            try writer.update(changed: files([("../x.html", "x")]), removed: [])
        }
    }

    /// serve's streaming update: files staged from many threads at once appear only at
    /// `commit`; until then the site is as it was, and `abandon` or a failed file leaves
    /// it so, with no temporary file anywhere.
    @Test func aStreamingUpdateShowsNothingUntilCommitAndNothingAfterAFailure() throws {
        let pages = (0..<300).map { OutputFile(path: "incidents/\($0 % 5)/\($0)/index.html", mediaType: .html, text: "page \($0)") }
        let (output, writer) = try published(pages)
        let old = try tree(output)
        let newer = renewed(pages)

        let abandoned = InPlaceUpdate(writer)
        ConcurrentMap.forEach(newer.count, concurrently: true) { abandoned.stage(newer[$0]) }
        #expect(try tree(output).filter { !$0.key.contains("/.") } == old, "nothing is visible before commit")
        abandoned.abandon()
        #expect(try tree(output) == old)

        let failing = InPlaceUpdate(writer)
        ConcurrentMap.forEach(newer.count, concurrently: true) { failing.stage(newer[$0]) }
        failing.stage(OutputFile(path: "../outside.html", mediaType: .html, text: "x"))
        #expect(throws: SiteWriterError.invalidPath("../outside.html")) { try failing.commit(removed: []) }
        #expect(try tree(output) == old)

        let update = InPlaceUpdate(writer)
        ConcurrentMap.forEach(newer.count, concurrently: true) { update.stage(newer[$0]) }
        try update.commit(removed: [pages[0].path])
        var expected = Dictionary(uniqueKeysWithValues: newer.map { ($0.path, String(decoding: $0.contents, as: UTF8.self)) })
        expected[pages[0].path] = nil
        #expect(try tree(output) == expected)
    }

    /// Many threads writing one plan: files that stay are linked (same inode) even when
    /// they come before the first changed file, changed ones are new, gone ones go.
    @Test func aConcurrentWriteOfAPlanKeepsLinksForEveryUnchangedFile() throws {
        let parent = try Fixtures.temporaryDirectory("writer")
        let output = parent.appendingPathComponent("public")
        let writer = SiteWriter(outputDirectory: output.path)
        let pages = (0..<600).map { OutputFile(path: "incidents/\($0 % 7)/\($0)/index.html", mediaType: .html, text: "page \($0)") }
        let first = try writer.write(OutputPlan(pages), concurrently: true)
        #expect(first == SiteWriter.Summary(written: 600, unchanged: 0, removed: 0))
        let before = try pages.map { try identity(output.appendingPathComponent($0.path)).inode }

        var next = Array(pages.dropLast())
        next[450] = OutputFile(path: next[450].path, mediaType: .html, text: "page 450, updated")
        let second = try writer.write(OutputPlan(next), concurrently: true)
        #expect(second == SiteWriter.Summary(written: 1, unchanged: 598, removed: 1))
        let expected = Dictionary(uniqueKeysWithValues: next.map { ($0.path, String(decoding: $0.contents, as: UTF8.self)) })
        #expect(try tree(output) == expected)
        for position in next.indices where position != 450 {
            #expect(try identity(output.appendingPathComponent(next[position].path)).inode == before[position])
        }
        #expect(try identity(output.appendingPathComponent(next[450].path)).inode != before[450])
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path) == ["public"])
    }

    /// A site of many files where one incident changed and one was deleted: the two are
    /// replaced in place (the folder is not swapped, nothing is staged beside it), the
    /// deleted incident's folder goes, and every other file keeps its inode.
    @Test func aSmallChangeIsWrittenInPlace() throws {
        let parent = try Fixtures.temporaryDirectory("writer")
        let output = parent.appendingPathComponent("public")
        let writer = SiteWriter(outputDirectory: output.path)
        let pages = (0..<100).map { OutputFile(path: "incidents/\($0)/index.html", mediaType: .html, text: "page \($0)") }
        _ = try writer.write(OutputPlan(pages), concurrently: true)
        let folderBefore = try identity(output)
        let before = try pages.map { try identity(output.appendingPathComponent($0.path)).inode }

        var next = Array(pages.dropLast())
        next[7] = OutputFile(path: next[7].path, mediaType: .html, text: "page 7, updated")
        let summary = try writer.write(OutputPlan(next), concurrently: true)
        #expect(summary == SiteWriter.Summary(written: 1, unchanged: 98, removed: 1))
        #expect(try identity(output).inode == folderBefore.inode, "the folder was swapped for a one-file change")
        #expect(try tree(output) == Dictionary(uniqueKeysWithValues: next.map { ($0.path, String(decoding: $0.contents, as: UTF8.self)) }))
        #expect(try identity(output.appendingPathComponent(next[7].path)).inode != before[7])
        for position in next.indices where position != 7 {
            #expect(try identity(output.appendingPathComponent(next[position].path)).inode == before[position])
        }
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("incidents/99").path), "the deleted incident's folder stays")
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path) == ["public"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.appendingPathComponent("incidents/7").path) == ["index.html"],
                "a temporary file was left")
    }

    /// Sixty changed files of a thousand: still in place (flushed with one file-system
    /// sync rather than sixty), every other file untouched.
    @Test func manyChangedFilesBelowTheLimitAreWrittenInPlace() throws {
        let output = try Fixtures.temporaryDirectory("writer").appendingPathComponent("public")
        let writer = SiteWriter(outputDirectory: output.path)
        let pages = (0..<1_000).map { OutputFile(path: "incidents/\($0)/index.html", mediaType: .html, text: "page \($0)") }
        _ = try writer.write(OutputPlan(pages), concurrently: true)
        let folderBefore = try identity(output)
        let next = pages.enumerated().map { position, page in
            position % 16 == 0 ? OutputFile(path: page.path, mediaType: .html, text: "page \(position), updated") : page
        }
        #expect(try writer.write(OutputPlan(next), concurrently: true) == SiteWriter.Summary(written: 63, unchanged: 937, removed: 0))
        #expect(try identity(output).inode == folderBefore.inode)
        #expect(try tree(output)["incidents/32/index.html"] == "page 32, updated")
        #expect(try tree(output)["incidents/33/index.html"] == "page 33")
    }

    /// When more than a tenth of the site changes, the new site is staged and swapped in whole.
    @Test func aLargeChangeSwapsTheWholeSite() throws {
        let pages = (0..<100).map { OutputFile(path: "incidents/\($0)/index.html", mediaType: .html, text: "page \($0)") }
        let (output, writer) = try published(pages)
        let folderBefore = try identity(output)
        let next = renewed(pages)
        #expect(try writer.write(OutputPlan(next), concurrently: true) == SiteWriter.Summary(written: 100, unchanged: 0, removed: 0))
        #expect(try identity(output).inode != folderBefore.inode)
        #expect(try tree(output)["incidents/5/index.html"] == "new page 5")
    }

    /// A small change that cannot be written in place (a file where a folder must go)
    /// fails as the staged build does, leaving the published site as it was.
    @Test func aSmallChangeThatCannotBeWrittenKeepsThePreviousSite() throws {
        let output = try Fixtures.temporaryDirectory("writer").appendingPathComponent("public")
        let writer = SiteWriter(outputDirectory: output.path)
        let pages = (0..<100).map { OutputFile(path: "p\($0).html", mediaType: .html, text: "page \($0)") }
        _ = try writer.write(OutputPlan(pages), concurrently: false)
        #expect(throws: SiteWriterError.self) {
            try writer.write(OutputPlan(Array(pages.dropFirst()) + files([("p0.html", "new"), ("a", "file"), ("a/b.html", "x")])))
        }
        #expect(try tree(output) == Dictionary(uniqueKeysWithValues: pages.map { ($0.path, String(decoding: $0.contents, as: UTF8.self)) }))
    }

    /// Two files of one plan that claim the same path stop the write before anything is published.
    @Test func twoFilesWithOnePathAreRefused() throws {
        let output = try Fixtures.temporaryDirectory("writer").appendingPathComponent("public")
        _ = try SiteWriter(outputDirectory: output.path).write(files([("index.html", "old")]))
        #expect(throws: SiteWriterError.invalidPath("a.html")) {
            try SiteWriter(outputDirectory: output.path).write(OutputPlan(files([("a.html", "1"), ("a.html", "2")])), concurrently: true)
        }
        #expect(try tree(output) == ["index.html": "old"])
    }

    @Test func aBuildThatChangesNothingTouchesNothing() throws {
        let output = try Fixtures.temporaryDirectory("writer").appendingPathComponent("public")
        let writer = SiteWriter(outputDirectory: output.path)
        _ = try writer.write(files([("index.html", "home"), ("style.css", "body{}")]))
        let folderBefore = try identity(output)
        let fileBefore = try identity(output.appendingPathComponent("style.css"))
        Thread.sleep(forTimeInterval: 0.02)
        let again = try writer.write(files([("index.html", "home"), ("style.css", "body{}")]))
        #expect(again == SiteWriter.Summary(written: 0, unchanged: 2, removed: 0))
        #expect(try identity(output).inode == folderBefore.inode, "the folder itself was not swapped")
        #expect(try identity(output.appendingPathComponent("style.css")).modified == fileBefore.modified)
    }

    @Test func aFailedWriteKeepsThePreviousSite() throws {
        let parent = try Fixtures.temporaryDirectory("writer")
        let output = parent.appendingPathComponent("public")
        let writer = SiteWriter(outputDirectory: output.path)
        _ = try writer.write(files([("index.html", "old")]))
        // A directory where the new site needs a file: writing it must fail.
        #expect(throws: SiteWriterError.self) {
            try writer.write(files([("index.html", "new"), ("a", "file"), ("a/b.html", "under a file")]))
        }
        #expect(try tree(output) == ["index.html": "old"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path) == ["public"])
    }

    @Test(arguments: ["../escape.html", "/absolute.html", "a//b.html", "", "incidents/../../x.html", "incidents/..", "a/"])
    func refusesPathsOutsideTheOutputFolder(path: String) throws {
        let output = try Fixtures.temporaryDirectory("writer").appendingPathComponent("public")
        #expect(throws: SiteWriterError.invalidPath(path)) {
            try SiteWriter(outputDirectory: output.path).write([OutputFile(path: path, mediaType: .text, text: "x")])
        }
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test(arguments: ["index.html", "incidents/2024-01-01-a/index.html", ".well-known/security.txt", "a..b/c.html", "...", "./x.html"])
    func acceptsPathsInsideTheOutputFolder(path: String) {
        #expect(SiteWriter.isValid(path))
    }

    @Test func anUnwritableLocationIsAClearError() throws {
        let parent = try Fixtures.temporaryDirectory("writer")
        let blocker = parent.appendingPathComponent("file")
        try "not a folder".write(to: blocker, atomically: true, encoding: .utf8)
        let error = #expect(throws: SiteWriterError.self) {
            try SiteWriter(outputDirectory: blocker.appendingPathComponent("public").path).write(files([("index.html", "x")]))
        }
        #expect(error?.description.contains("the previous site is unchanged") == true)
    }
}
