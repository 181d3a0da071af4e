#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import OutputEncoding

/// The regular files of a published site with their sizes, by path relative to its
/// folder: what the writer compares a new build against. Read with `readdir`/`lstat`
/// because the published site of a large corpus has tens of thousands of files.
enum PublishedFiles {
    static func sizes(under root: String) -> [String: Int] {
        var sizes: [String: Int] = [:]
        collect(root, relative: "", into: &sizes)
        return sizes
    }

    private static func collect(_ folder: String, relative: String, into sizes: inout [String: Int]) {
        guard let directory = opendir(folder) else { return }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = DirectoryEntry.name(of: entry)
            guard name != ".", name != ".." else { continue }
            let path = folder + "/" + name
            let relativePath = relative.isEmpty ? name : relative + "/" + name
            var status = stat()
            guard lstat(path, &status) == 0 else { continue }
            switch status.st_mode & S_IFMT {
            case S_IFDIR: collect(path, relative: relativePath, into: &sizes)
            case S_IFREG: sizes[relativePath] = Int(status.st_size)
            default: continue
            }
        }
    }
}
