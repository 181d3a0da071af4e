#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import OutputEncoding

/// The regular files of a published site, by path relative to its folder: what the
/// writer compares a new build against. Read with `readdir` alone, which tells files
/// from folders, because the published site of a large corpus has tens of thousands of
/// files and a rebuild waits for this walk before it renders: a `stat` of each took a
/// quarter of a second at 27,000 files. The comparison learns each file's size when it
/// opens it (`FileBytes.matches`).
enum PublishedFiles {
    static func paths(under root: String) -> Set<String> {
        var paths: Set<String> = []
        let folder = open(root, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard folder >= 0 else { return paths }
        collect(folder, relative: "", into: &paths)
        return paths
    }

    /// Adds the files under the open `folder` (which it closes) to `paths`.
    private static func collect(_ folder: Int32, relative: String, into paths: inout Set<String>) {
        guard let directory = fdopendir(folder) else {
            close(folder)
            return
        }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = DirectoryEntry.name(of: entry)
            guard name != ".", name != ".." else { continue }
            let relativePath = relative.isEmpty ? name : relative + "/" + name
            switch kind(of: entry, named: name, in: folder) {
            case S_IFDIR:
                let inner = openat(folder, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
                if inner >= 0 { collect(inner, relative: relativePath, into: &paths) }
            case S_IFREG:
                paths.insert(relativePath)
            default:
                continue
            }
        }
    }

    /// The entry's file type (`S_IFMT` bits), from the entry itself where the file system
    /// gives it, else from `fstatat`; a symbolic link is a link, not what it points to.
    private static func kind(of entry: UnsafeMutablePointer<dirent>, named name: String, in folder: Int32) -> mode_t {
        switch Int32(entry.pointee.d_type) {
        case Int32(DT_DIR): return S_IFDIR
        case Int32(DT_REG): return S_IFREG
        case Int32(DT_UNKNOWN):
            var status = stat()
            return fstatat(folder, name, &status, AT_SYMLINK_NOFOLLOW) == 0 ? status.st_mode & S_IFMT : 0
        default: return 0
        }
    }
}
