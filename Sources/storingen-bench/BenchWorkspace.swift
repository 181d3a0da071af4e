import Foundation

/// The folders of one measured corpus: its incidents, a site folder without settings
/// (defaults), the build output (in it, as `build` writes by default) and its copy (the
/// `cp -r` floor) on disk, the same two on tmpfs
/// (`/dev/shm`) when the machine has it, and the captured diagnostics.
struct BenchWorkspace {
    let root: String
    /// A folder on tmpfs for this workspace; nil where there is no writable `/dev/shm`.
    let tmpfsRoot: String?
    var incidents: String { root + "/incidents" }
    var site: String { root + "/site" }
    var log: String { root + "/last-stderr.txt" }

    init(root: String) throws {
        self.root = root
        for folder in [root, root + "/incidents", root + "/site"] {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
        let tmpfs = "/dev/shm/storingen-bench-\(UUID().uuidString)"
        tmpfsRoot = (try? FileManager.default.createDirectory(atPath: tmpfs, withIntermediateDirectories: false)) != nil
            ? tmpfs : nil
    }

    /// Where a build writes, and where its `cp -r` floor copies it to, on `medium`. On
    /// disk the build writes where `build` does by default, `site/public`, so that `serve`
    /// is measured beside a built site, as an operator who has run `build` has it.
    func output(on medium: StorageMedium) -> String? {
        medium == .disk ? site + "/public" : folder(on: medium).map { $0 + "/public" }
    }
    func copy(on medium: StorageMedium) -> String? { folder(on: medium).map { $0 + "/copy-floor" } }

    private func folder(on medium: StorageMedium) -> String? {
        switch medium {
        case .disk: root
        case .tmpfs: tmpfsRoot
        }
    }

    func removeOutput(on medium: StorageMedium) {
        if let output = output(on: medium) { try? FileManager.default.removeItem(atPath: output) }
    }

    /// The tmpfs folder holds a few hundred MB of memory: it goes when the session ends.
    func removeTmpfs() {
        if let tmpfsRoot { try? FileManager.default.removeItem(atPath: tmpfsRoot) }
    }
}

/// Where a build writes: this machine's disk pays ~1.5 ms of kernel time per file
/// created, tmpfs ~44 µs, so both are measured, each against a copy on the same medium.
enum StorageMedium: String, CaseIterable, Codable {
    case disk
    case tmpfs
}
