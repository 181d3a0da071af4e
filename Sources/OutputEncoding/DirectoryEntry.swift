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
        let offset = MemoryLayout<dirent>.offset(of: \.d_name)!
        return String(cString: (UnsafeRawPointer(entry) + offset).assumingMemoryBound(to: CChar.self))
    }
}
