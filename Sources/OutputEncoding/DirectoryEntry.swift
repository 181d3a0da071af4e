#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads `readdir`'s entries for every folder walk of the project (the incident files,
/// the published site, the preview's watched folders), so that all of them read a name
/// the one safe way.
public enum DirectoryEntry {
    /// The entry's name, read where it lies. The kernel writes an entry only as long as
    /// its name (`d_reclen`), not the whole 256 bytes of `d_name`: copying the field
    /// read past the last entry of `readdir`'s buffer, and crashed a rebuild of 27,000
    /// files when that buffer ended at the end of mapped memory.
    public static func name(of entry: UnsafePointer<dirent>) -> String {
        String(cString: namePointer(of: entry))
    }

    /// What a folder walk finds at an entry.
    public enum Kind: Sendable {
        case folder, file, other
    }

    /// What `entry` of the open `folder` is: read from the entry where the file system
    /// says (most do), else with `fstatat`. A symbolic link counts as what it points to
    /// when `followingLinks` (an incident file may be a link), and as `.other` when not
    /// (the published site, where the writer replaces a link with the file).
    public static func kind(of entry: UnsafePointer<dirent>, in folder: Int32, followingLinks: Bool) -> Kind {
        switch Int32(entry.pointee.d_type) {
        case Int32(DT_DIR): return .folder
        case Int32(DT_REG): return .file
        case Int32(DT_LNK) where !followingLinks: return .other
        case Int32(DT_LNK), Int32(DT_UNKNOWN):
            var status = stat()
            guard fstatat(folder, namePointer(of: entry), &status, followingLinks ? 0 : AT_SYMLINK_NOFOLLOW) == 0 else {
                return .other
            }
            switch status.st_mode & S_IFMT {
            case S_IFDIR: return .folder
            case S_IFREG: return .file
            default: return .other
            }
        default: return .other
        }
    }

    private static func namePointer(of entry: UnsafePointer<dirent>) -> UnsafePointer<CChar> {
        let offset = MemoryLayout<dirent>.offset(of: \.d_name)!
        return (UnsafeRawPointer(entry) + offset).assumingMemoryBound(to: CChar.self)
    }
}
