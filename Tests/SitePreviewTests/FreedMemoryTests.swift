import Foundation
import Testing
@testable import SitePreview
#if canImport(Glibc)
import Glibc
#endif

/// `serve` returns the memory each rebuild freed; on glibc the call is looked up by name.
struct FreedMemoryTests {
    #if canImport(Glibc)
    @Test func glibcIsAskedToReturnFreedMemory() {
        #expect(FreedMemory.canReturnMemory, "malloc_trim or mallopt was not found")
        // Safe at any moment, from any thread: the server calls it between rebuilds.
        FreedMemory.returnToSystem()
    }

    /// A block of a few MB (a large file's bytes) is a mapping of its own, given back when
    /// freed, even after a larger block was freed: without a fixed threshold, glibc would
    /// then have taken it from an arena, where it stays resident.
    @Test func largeBlocksAreMappingsOfTheirOwn() throws {
        FreedMemory.mapLargeBlocks()
        let larger = try #require(malloc(8 << 20))
        memset(larger, 1, 8 << 20)
        free(larger)
        let block = try #require(malloc(2 << 20))
        defer { free(block) }
        // glibc puts a mapped block's 16-byte header at the start of its first page; a
        // block in an arena is only 16-byte aligned.
        #expect((UInt(bitPattern: block) - 16) % UInt(sysconf(Int32(_SC_PAGESIZE))) == 0)
    }
    #endif
}
