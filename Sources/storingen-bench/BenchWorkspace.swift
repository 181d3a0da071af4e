import Foundation

/// The folders of one measured corpus: its incidents, an empty site folder (defaults),
/// the build output, the write floor's output and the captured diagnostics.
struct BenchWorkspace {
    let root: String
    var incidents: String { root + "/incidents" }
    var site: String { root + "/site" }
    var output: String { root + "/public" }
    var writeFloor: String { root + "/write-floor" }
    var log: String { root + "/last-stderr.txt" }

    init(root: String) throws {
        self.root = root
        for folder in [root, incidents, site] {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
    }

    func removeOutput() {
        try? FileManager.default.removeItem(atPath: output)
    }
}
