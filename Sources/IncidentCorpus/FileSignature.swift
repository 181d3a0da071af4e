#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What identifies a version of a file without reading it: `serve` compares it to tell
/// which of 10,000 files changed since the last refresh. One `stat` per file, because
/// Foundation's attribute dictionary cost half a second per poll at 10,000 files.
struct FileSignature: Equatable, Sendable {
    var size: Int
    var modifiedSeconds: Int
    var modifiedNanoseconds: Int
    var isRegularFile: Bool

    /// The signature of the file at `path`; nil when it cannot be `stat`ed (it is gone).
    init?(path: String) {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        self.init(status)
    }

    /// The signature of `name` in the open folder `folder`: a scan of a folder's entries
    /// saves the kernel from looking up the whole path again for each file.
    init?(name: String, inFolder folder: Int32) {
        var status = stat()
        guard fstatat(folder, name, &status, 0) == 0 else { return nil }
        self.init(status)
    }

    /// A file that could not be read at all; it never equals a real file's signature.
    static let unreadable = FileSignature(size: -1, modifiedSeconds: 0, modifiedNanoseconds: 0, isRegularFile: true)

    private init(size: Int, modifiedSeconds: Int, modifiedNanoseconds: Int, isRegularFile: Bool) {
        self.size = size
        self.modifiedSeconds = modifiedSeconds
        self.modifiedNanoseconds = modifiedNanoseconds
        self.isRegularFile = isRegularFile
    }

    private init(_ status: stat) {
        #if canImport(Darwin)
        let modified = status.st_mtimespec
        #else
        let modified = status.st_mtim
        #endif
        self.init(size: Int(status.st_size), modifiedSeconds: modified.tv_sec, modifiedNanoseconds: modified.tv_nsec,
                  isRegularFile: status.st_mode & S_IFMT == S_IFREG)
    }
}
