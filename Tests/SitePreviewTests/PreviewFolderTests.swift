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
}
