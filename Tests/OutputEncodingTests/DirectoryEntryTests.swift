#if canImport(Glibc)
import Glibc
#endif
import Testing

@testable import OutputEncoding

/// A folder entry's name is read where it lies, never past it.
@Suite struct DirectoryEntryTests {
    /// An entry as the kernel writes it: only as long as its name, here the last bytes
    /// before memory that cannot be read. Copying the whole `d_name` field would crash.
    @Test func aNameThatEndsAtUnreadableMemoryIsRead() throws {
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let memory = try #require(mmap(nil, 2 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0))
        #expect(memory != MAP_FAILED)
        defer { munmap(memory, 2 * page) }
        #expect(mprotect(memory + page, page, PROT_NONE) == 0)

        // An aligned entry 64 bytes before the guard page, its name filling the rest.
        let entry = memory + page - 64
        let nameOffset = MemoryLayout<dirent>.offset(of: \.d_name)!
        let text = "storing-" + String(repeating: "x", count: 64 - nameOffset - 1 - 11) + ".md"
        let name = Array(text.utf8) + [0]
        #expect(nameOffset + name.count == 64)
        name.withUnsafeBytes { bytes in
            (entry + nameOffset).copyMemory(from: bytes.baseAddress!, byteCount: bytes.count)
        }
        #expect(DirectoryEntry.name(of: entry.bindMemory(to: dirent.self, capacity: 1)) == text)
    }

    /// The names a real folder listing gives, hidden ones and non-ASCII ones included.
    @Test func namesOfARealFolderAreReadWhole() throws {
        let folder = "/tmp/storingen-direntry-\(getpid())"
        mkdir(folder, 0o755)
        defer { system("rm -rf '\(folder)'") }
        let names = ["a.md", ".verborgen", "één-storing.md", String(repeating: "x", count: 200) + ".md"]
        for name in names { close(open(folder + "/" + name, O_CREAT | O_WRONLY, 0o644)) }
        let handle = try #require(opendir(folder))
        defer { closedir(handle) }
        var found: Set<String> = []
        while let entry = readdir(handle) { found.insert(DirectoryEntry.name(of: entry)) }
        #expect(found == Set(names + [".", ".."]))
    }
}
