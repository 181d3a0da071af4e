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

    /// Whether this C library can be asked (glibc can).
    static var canReturnMemory: Bool { mallocTrim != nil && mallopt != nil }

    /// `M_ARENA_MAX` of glibc's `malloc.h`.
    private static let arenaMax: Int32 = -8

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
