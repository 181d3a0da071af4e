import Testing
@testable import SitePreview

/// `serve` returns the memory each rebuild freed; on glibc the call is looked up by name.
struct FreedMemoryTests {
    #if canImport(Glibc)
    @Test func glibcIsAskedToReturnFreedMemory() {
        #expect(FreedMemory.canReturnMemory, "malloc_trim or mallopt was not found")
        // Safe at any moment, from any thread: the server calls it between rebuilds.
        FreedMemory.returnToSystem()
    }
    #endif
}
