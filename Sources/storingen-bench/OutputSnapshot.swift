import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Every regular file below a folder with its inode, modification time and size, to
/// prove that a rebuild wrote nothing (and to count what it did write).
struct OutputSnapshot {
    /// What identifies one version of a file on disk.
    struct FileStamp: Equatable {
        var device: UInt64
        var inode: UInt64
        var modifiedSeconds: Int
        var modifiedNanoseconds: Int
        var size: Int
    }

    /// By path relative to the folder.
    let files: [String: FileStamp]

    init(root: String) {
        var files: [String: FileStamp] = [:]
        let walker = FileManager.default.enumerator(atPath: root)
        while let relative = walker?.nextObject() as? String {
            var info = stat()
            guard lstat("\(root)/\(relative)", &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { continue }
            files[relative] = FileStamp(
                device: UInt64(info.st_dev), inode: UInt64(info.st_ino), modifiedSeconds: Int(info.st_mtim.tv_sec),
                modifiedNanoseconds: Int(info.st_mtim.tv_nsec), size: Int(info.st_size))
        }
        self.files = files
    }

    var byteCount: Int { files.values.reduce(0) { $0 + $1.size } }

    /// Files that are new, gone, or another inode, time or size than in `earlier`, sorted.
    func filesWritten(since earlier: OutputSnapshot) -> [String] {
        let changed = files.filter { earlier.files[$0.key] != $0.value }.map(\.key)
        let removed = earlier.files.keys.filter { files[$0] == nil }
        return (changed + removed).sorted()
    }
}
