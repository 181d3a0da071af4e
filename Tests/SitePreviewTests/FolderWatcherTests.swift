import Foundation
import Testing
import TestSupport
@testable import SitePreview

/// `serve` hears a save when it happens, in the watched folders and in folders created
/// after it started, instead of waiting for its fallback check.
struct FolderWatcherTests {
    /// Far longer than any wait below: a return before it means a change was heard.
    static let fallback = Duration.seconds(60)

    /// What the watcher answered, wait after wait, while `change` ran on another thread a
    /// little later, until an answer is `done` (or 10 s passed), and how long that took.
    /// A save can span answers: an atomic write creates a temporary file and renames it,
    /// and on a loaded machine the rename can come after the watcher settled, in the next
    /// answer. Each wait runs on this thread: with every suite running at once, resuming an
    /// awaiting task can take seconds, and that delay is the test process's, not the watcher's.
    func heardUntil(
        _ watcher: FolderWatcher, _ done: (FolderWatcher.Change) -> Bool,
        change: @escaping @Sendable () throws -> Void
    ) -> (seconds: Double, answers: [FolderWatcher.Change]) {
        let start = ContinuousClock.now
        Thread.detachNewThread {
            Thread.sleep(forTimeInterval: 0.2)
            try? change()
        }
        var answers: [FolderWatcher.Change] = []
        repeat {
            answers.append(watcher.waitForChange())
        } while !done(answers.last!) && ContinuousClock.now - start < .seconds(10)
        let elapsed = (ContinuousClock.now - start).components
        return (Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18, answers)
    }

    @Test func aSaveInAWatchedFolderOrANewSubfolderIsHeardAtOnce() throws {
        let root = try Fixtures.temporaryDirectory("watch")
        let incidents = root.appendingPathComponent("incidents")
        try FileManager.default.createDirectory(at: incidents, withIntermediateDirectories: true)
        let watcher = FolderWatcher(folders: [incidents.path], fallback: Self.fallback)

        let a = incidents.path + "/a.md"
        let saved = heardUntil(watcher, { $0.files?.contains(a) != false }) {
            try Data("---\ntitle: T\n---\n".utf8).write(to: incidents.appendingPathComponent("a.md"), options: .atomic)
        }
        #expect(saved.seconds < 10, "a save was not heard: \(saved.seconds) s")
        #expect(saved.answers.last?.files?.contains(a) == true, "the saved file is named: \(saved.answers)")
        #expect(!saved.answers.contains(.unknown), "a save in a watched folder names its files: \(saved.answers)")

        let year = incidents.appendingPathComponent("2027")
        let created = heardUntil(watcher, { $0 == .unknown }) {
            try FileManager.default.createDirectory(at: year, withIntermediateDirectories: true)
        }
        #expect(created.seconds < 10, "a new folder was not heard: \(created.seconds) s")
        #expect(created.answers.last == .unknown, "a new folder may hold files: every file is compared")

        let b = year.path + "/b.md"
        let inNewFolder = heardUntil(watcher, { $0.files?.contains(b) != false }) {
            try Data("---\ntitle: T\n---\n".utf8).write(to: year.appendingPathComponent("b.md"))
        }
        #expect(inNewFolder.seconds < 10, "a save in a folder made after the start was not heard: \(inNewFolder.seconds) s")
        #expect(inNewFolder.answers.last?.files?.contains(b) == true, "the saved file is named: \(inNewFolder.answers)")
        #expect(!inNewFolder.answers.contains(.unknown), "the new folder is watched: its saves name their files")
    }

    @Test func withoutChangesItWaitsForItsFallback() async throws {
        let root = try Fixtures.temporaryDirectory("watch")
        let watcher = FolderWatcher(folders: [root.path], fallback: .milliseconds(300))
        let start = ContinuousClock.now
        let change = await watcher.nextChange()
        #expect(ContinuousClock.now - start >= .milliseconds(290))
        #expect(change == .unknown, "a wait that heard nothing compares every file")
    }

    /// At now the preview moves on as each minute starts: a deadline sooner than the
    /// fallback ends the wait there, and answers that nothing changed (no file is
    /// compared), while a wait that runs its full fallback still compares every file.
    @Test func aDeadlineEndsTheWaitWithNothingChanged() throws {
        let root = try Fixtures.temporaryDirectory("watch")
        let watcher = FolderWatcher(folders: [root.path], fallback: Self.fallback)
        let start = ContinuousClock.now
        let change = watcher.waitForChange(before: Date().addingTimeInterval(0.3))
        let waited = ContinuousClock.now - start
        #expect(waited >= .milliseconds(290) && waited < .seconds(30), "\(waited)")
        #if canImport(Glibc)
        #expect(change == .files([]), "nothing was heard by the deadline")
        #endif
        let past = watcher.waitForChange(before: Date().addingTimeInterval(-5))
        #expect(ContinuousClock.now - start < .seconds(30), "a deadline already past does not wait for the fallback")
        #if canImport(Glibc)
        #expect(past == .files([]))
        #endif

        let short = FolderWatcher(folders: [root.path], fallback: .milliseconds(200))
        #expect(short.waitForChange(before: Date().addingTimeInterval(60)) == .unknown,
                "the fallback came first: every file is compared")
    }

    /// The site folder holds `build`'s default output, thousands of folders the preview
    /// never reads: it is watched alone, for site.yml, and a theme folder made later joins.
    @Test func aFlatFolderIsWatchedWithoutTheFoldersUnderIt() throws {
        let site = try Fixtures.temporaryDirectory("watch").appendingPathComponent("site")
        try FileManager.default.createDirectory(at: site.appendingPathComponent("public/incidents/a"), withIntermediateDirectories: true)
        let theme = site.path + "/theme"
        let watcher = FolderWatcher(folders: [theme], flatFolders: [site.path], fallback: Self.fallback)
        #if canImport(Glibc)
        #expect(watcher.watchedFolders == [site.path])
        #endif

        let settings = site.path + "/site.yml"
        let saved = heardUntil(watcher, { $0.files?.contains(settings) != false }) {
            try Data("title: T\n".utf8).write(to: URL(fileURLWithPath: settings), options: .atomic)
        }
        #expect(saved.answers.last?.files?.contains(settings) == true, "site.yml is heard by name: \(saved.answers)")

        let made = heardUntil(watcher, { $0 == .unknown }) {
            try FileManager.default.createDirectory(atPath: theme, withIntermediateDirectories: true)
        }
        #expect(made.answers.last == .unknown, "a new folder may hold files: every file is compared")
        #if canImport(Glibc)
        #expect(watcher.watchedFolders == [site.path, theme])
        #endif
    }
}
