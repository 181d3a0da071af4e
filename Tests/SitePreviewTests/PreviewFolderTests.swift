import Foundation
import Testing
@testable import SitePreview

/// `serve` builds its throwaway site in memory where the machine offers a tmpfs, since its
/// first build creates every file of the site, and falls back to the temporary folder.
struct PreviewFolderTests {
    /// Linux mounts a tmpfs at /dev/shm; a container's may be too small to be chosen.
    static let sharedMemory = "/dev/shm"
    static let sharedMemoryHasRoom = PreviewFolder.isWritableMemoryFolder(sharedMemory)

    @Test(.enabled(if: sharedMemoryHasRoom)) func aRuntimeFolderInMemoryComesFirst() {
        let folder = PreviewFolder.scratch(processID: 42, environment: ["XDG_RUNTIME_DIR": Self.sharedMemory])
        #expect(folder.path == Self.sharedMemory + "/storingen-serve-42")
    }

    /// /proc stands for a runtime folder that is not a tmpfs (it is procfs on every Linux).
    @Test(.enabled(if: sharedMemoryHasRoom)) func aRuntimeFolderNotInMemoryIsPassedOverForSharedMemory() {
        #expect(!PreviewFolder.isWritableMemoryFolder("/proc"))
        let folder = PreviewFolder.scratch(processID: 7, environment: ["XDG_RUNTIME_DIR": "/proc"])
        #expect(folder.path == Self.sharedMemory + "/storingen-serve-7")
    }

    @Test func withoutAMemoryFolderThePreviewGoesToTheTemporaryFolder() {
        #expect(!PreviewFolder.isWritableMemoryFolder("/no/such/folder"))
        #expect(PreviewFolder.inMemoryCandidates(["XDG_RUNTIME_DIR": ""]) == [Self.sharedMemory])
        let folder = PreviewFolder.scratch(processID: 9, candidates: ["/no/such/folder", "/proc"])
        #expect(folder == FileManager.default.temporaryDirectory.appendingPathComponent("storingen-serve-9"))
    }

    /// A container's /dev/shm is often 64 MB: a large site would fill it.
    @Test(.enabled(if: sharedMemoryHasRoom)) func aMemoryFolderWithoutRoomForTheSiteIsPassedOver() {
        #expect(PreviewFolder.isWritableMemoryFolder(Self.sharedMemory, minimumFree: 1 << 20))
        #expect(!PreviewFolder.isWritableMemoryFolder(Self.sharedMemory, minimumFree: 1 << 60))
    }

    @Test func theFileSystemTypeIsReadOffTheLongestMountPointHoldingThePath() {
        #expect(PreviewFolder.fileSystemType(of: "/proc/self") == "proc")
        #expect(PreviewFolder.fileSystemType(of: "/dev/shm/not-made-yet") == "tmpfs")
        #expect(PreviewFolder.fileSystemType(of: "/") != nil)
    }

    /// A preview killed with SIGKILL leaves its folder, in memory: the next one removes it,
    /// and only it.
    @Test func aPreviewRemovesTheFoldersOfPreviewsWhoseProcessIsGone() throws {
        let parent = FileManager.default.temporaryDirectory.appendingPathComponent("preview-sweep-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: parent) }
        let gone = try Self.exitedProcessID()
        let own = ProcessInfo.processInfo.processIdentifier
        let names = ["storingen-serve-\(gone)", "storingen-serve-\(own)", "storingen-serve-1", "storingen-serve-x", "other-\(gone)"]
        for name in names {
            try FileManager.default.createDirectory(at: parent.appendingPathComponent(name + "/public"), withIntermediateDirectories: true)
        }
        let removed = PreviewFolder.removeAbandoned(besides: parent.appendingPathComponent("storingen-serve-\(own)"))
        #expect(removed.map(\.lastPathComponent) == ["storingen-serve-\(gone)"])
        let left = try FileManager.default.contentsOfDirectory(atPath: parent.path).sorted()
        #expect(left == names.dropFirst().sorted())
    }

    /// The number of a process that has exited and been reaped.
    static func exitedProcessID() throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }
}
