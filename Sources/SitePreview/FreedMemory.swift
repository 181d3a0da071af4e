import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Keeps a preview left running all day near the memory it uses. glibc keeps freed blocks
/// for reuse: after `serve`'s first build of 10,000 incidents it held 28 MB (of 245 MB
/// resident) that nothing used. And it gives each thread that meets a busy arena one of its
/// own, up to eight per core: a render's threads then leave their freed blocks spread over
/// many arenas: new settings (every page made again) at 10,000 incidents peaked at
/// 245–300 MB, and 236–264 MB with one arena per core (two on the machine measured).
enum FreedMemory {
    /// Returns what the allocator holds free; about 3 ms after a rebuild at 10,000 incidents.
    static func returnToSystem() {
        _ = mallocTrim?(0)
    }

    /// Lets the allocator use one arena per core (`M_ARENA_MAX`), before the threads that
    /// render start.
    static func limitArenasToCores() {
        _ = mallopt?(arenaMax, Int32(clamping: ProcessInfo.processInfo.activeProcessorCount))
    }

    /// Makes every block of 1 MB or more a mapping of its own (`M_MMAP_THRESHOLD`), given
    /// back as soon as it is freed. glibc otherwise raises that threshold as large blocks
    /// are freed, so the buffers of a render's largest files (the excusal API and
    /// calendars, 2–4 MB each at 10,000 incidents) came from the arenas and stayed
    /// resident: `serve` at now, which makes the next minute's files beside the current
    /// site's model, peaked 10–17 MB higher at 10,000 incidents (234–251 MB against
    /// 221–233 MB over four minutes), and its first build was no faster. A block is still
    /// taken from an arena that has room for it; only growing an arena for one is avoided,
    /// which is why no test can tell the setting from its absence: the bench's row of
    /// `serve` at now is its measure.
    static func mapLargeBlocks() {
        _ = mallopt?(mmapThreshold, 1 << 20)
    }

    /// Whether this C library can be asked (glibc can).
    static var canReturnMemory: Bool { mallocTrim != nil && mallopt != nil }

    /// `M_ARENA_MAX` of glibc's `malloc.h`.
    private static let arenaMax: Int32 = -8
    /// `M_MMAP_THRESHOLD` of glibc's `malloc.h`.
    private static let mmapThreshold: Int32 = -3

    /// glibc's `malloc_trim` and `mallopt`, which its Swift module leaves out (they are
    /// declared in `malloc.h`); nil with another C library.
    private static let mallocTrim: (@convention(c) (Int) -> Int32)? = function("malloc_trim")
    private static let mallopt: (@convention(c) (Int32, Int32) -> Int32)? = function("mallopt")

    private static func function<Function>(_ name: String) -> Function? {
        #if canImport(Glibc)
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), name) else { return nil }
        return unsafeBitCast(symbol, to: Function.self)
        #else
        return nil
        #endif
    }
}
