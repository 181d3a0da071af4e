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
            switch DirectoryEntry.kind(of: entry, in: folder, followingLinks: false) {
            case .folder:
                let inner = openat(folder, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
                if inner >= 0 { collect(inner, relative: relativePath, into: &paths) }
            case .file:
                paths.insert(relativePath)
            case .other:
                continue
            }
        }
    }
}
