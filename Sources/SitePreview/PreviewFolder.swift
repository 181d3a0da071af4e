import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where `storingen serve` builds the site it shows. The folder is thrown away when the
/// preview stops, and its first build writes every file of the site (27,000 at 10,000
/// incidents), so it goes to a folder held in memory when the machine has one: on a
/// slow disk creating those files alone takes several seconds, on tmpfs a fraction.
public enum PreviewFolder {
    /// The room a memory folder must have free: a site of 10,000 incidents takes 380 MB,
    /// and a container's `/dev/shm` is often 64 MB, which a large site would fill.
    static let minimumFreeBytes: UInt64 = 1 << 30

    /// A new folder name for the preview of process `processID`: under
    /// `$XDG_RUNTIME_DIR` or `/dev/shm` where that is a writable tmpfs with 1 GiB free,
    /// else under the system's temporary folder.
    public static func scratch(
        processID: Int32 = ProcessInfo.processInfo.processIdentifier,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> URL {
        scratch(processID: processID, candidates: inMemoryCandidates(environment))
    }

    /// Under the first of `candidates` that is a memory folder with room, else under the
    /// system's temporary folder.
    static func scratch(processID: Int32, candidates: [String]) -> URL {
        let parent = candidates.first { isWritableMemoryFolder($0) }
            .map { URL(fileURLWithPath: $0, isDirectory: true) } ?? FileManager.default.temporaryDirectory
        return parent.appendingPathComponent(prefix + String(processID))
    }

    /// Removes the preview folders beside `scratch` whose process has gone without
    /// removing its own: killed with SIGKILL, or by the machine running out of memory. In a
    /// memory folder each holds up to 400 MB of RAM until the machine restarts, so every
    /// preview sweeps them as it starts. A folder whose number is a running process (the
    /// preview itself, another one, or a process that reused the number) is left alone.
    /// Answers the folders removed.
    @discardableResult
    public static func removeAbandoned(besides scratch: URL) -> [URL] {
        let parent = scratch.deletingLastPathComponent()
        let names = (try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? []
        return names.compactMap { name -> URL? in
            guard abandonedProcessID(name) != nil else { return nil }
            let folder = parent.appendingPathComponent(name)
            return (try? FileManager.default.removeItem(at: folder)) == nil ? nil : folder
        }
    }

    /// The process number of a preview folder's name when no such process runs.
    static func abandonedProcessID(_ name: String) -> Int32? {
        guard name.hasPrefix(prefix), let processID = Int32(name.dropFirst(prefix.count)), processID > 0 else { return nil }
        return kill(processID, 0) == -1 && errno == ESRCH ? processID : nil
    }

    private static let prefix = "storingen-serve-"

    /// The per-user runtime folder of the XDG Base Directory specification (a tmpfs on
    /// systemd machines), then the shared-memory tmpfs every Linux system mounts.
    static func inMemoryCandidates(_ environment: [String: String]) -> [String] {
        [environment["XDG_RUNTIME_DIR"], "/dev/shm"].compactMap { $0 }.filter { !$0.isEmpty }
    }

    /// Whether `path` is a folder on tmpfs that this process may create folders in, with
    /// `minimumFree` bytes free.
    static func isWritableMemoryFolder(_ path: String, minimumFree: UInt64 = minimumFreeBytes) -> Bool {
        var space = statvfs()
        guard access(path, W_OK | X_OK) == 0, statvfs(path, &space) == 0 else { return false }
        return UInt64(space.f_bavail) * UInt64(space.f_frsize) >= minimumFree && fileSystemType(of: path) == "tmpfs"
    }

    /// The type of the file system `path` is on, from the mount table of this process
    /// (`/proc/self/mounts`): the one of the longest mount point that holds the path.
    static func fileSystemType(of path: String) -> String? {
        guard let table = try? String(contentsOfFile: "/proc/self/mounts", encoding: .utf8) else { return nil }
        let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        var best: (point: String, type: String)?
        for line in table.split(separator: "\n") {
            let fields = line.split(separator: " ")
            guard fields.count > 2 else { continue }
            // The table writes a space in a mount point as \040.
            let point = fields[1].replacingOccurrences(of: "\\040", with: " ")
            let holds = point == "/" || resolved == point || resolved.hasPrefix(point + "/")
            if holds, point.count >= (best?.point.count ?? 0) { best = (point, String(fields[2])) }
        }
        return best?.type
    }
}
