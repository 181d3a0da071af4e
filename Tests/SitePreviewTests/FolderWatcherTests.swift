import Foundation
import Testing
import TestSupport
@testable import SitePreview

/// `serve` hears a save when it happens, in the watched folders and in folders created
/// after it started, instead of waiting for its fallback check.
struct FolderWatcherTests {
    /// Far longer than any wait below: a return before it means a change was heard.
    static let fallback = Duration.seconds(60)

    /// How long waiting for a change took while `change` ran on another thread a little
    /// later. It waits on this thread: with every suite running at once, resuming an
    /// awaiting task can take seconds, and that delay is the test process's, not the watcher's.
    func secondsUntilHeard(
        _ watcher: FolderWatcher, change: @escaping @Sendable () throws -> Void
    ) -> (seconds: Double, heard: FolderWatcher.Change) {
        let start = ContinuousClock.now
        Thread.detachNewThread {
            Thread.sleep(forTimeInterval: 0.2)
            try? change()
        }
        let heard = watcher.waitForChange()
        let elapsed = (ContinuousClock.now - start).components
        return (Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18, heard)
    }

    @Test func aSaveInAWatchedFolderOrANewSubfolderIsHeardAtOnce() throws {
        let root = try Fixtures.temporaryDirectory("watch")
        let incidents = root.appendingPathComponent("incidents")
        try FileManager.default.createDirectory(at: incidents, withIntermediateDirectories: true)
        let watcher = FolderWatcher(folders: [incidents.path], fallback: Self.fallback)

        let saved = secondsUntilHeard(watcher) {
            try Data("---\ntitle: T\n---\n".utf8).write(to: incidents.appendingPathComponent("a.md"), options: .atomic)
        }
        #expect(saved.seconds < 10, "a save was not heard: \(saved.seconds) s")
        #expect(saved.heard.files?.contains(incidents.path + "/a.md") == true, "the saved file is named: \(saved.heard)")

        let year = incidents.appendingPathComponent("2027")
        let created = secondsUntilHeard(watcher) {
            try FileManager.default.createDirectory(at: year, withIntermediateDirectories: true)
        }
        #expect(created.seconds < 10, "a new folder was not heard: \(created.seconds) s")
        #expect(created.heard == .unknown, "a new folder may hold files: every file is compared")

        let inNewFolder = secondsUntilHeard(watcher) {
            try Data("---\ntitle: T\n---\n".utf8).write(to: year.appendingPathComponent("b.md"))
        }
        #expect(inNewFolder.seconds < 10, "a save in a folder made after the start was not heard: \(inNewFolder.seconds) s")
        #expect(inNewFolder.heard == .files([year.path + "/b.md"]))
    }

    @Test func withoutChangesItWaitsForItsFallback() async throws {
        let root = try Fixtures.temporaryDirectory("watch")
        let watcher = FolderWatcher(folders: [root.path], fallback: .milliseconds(300))
        let start = ContinuousClock.now
        let change = await watcher.nextChange()
        #expect(ContinuousClock.now - start >= .milliseconds(290))
        #expect(change == .unknown, "a wait that heard nothing compares every file")
    }
}
