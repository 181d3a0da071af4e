import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Puts a freshly assembled folder in place of the published one in a single step, so a
/// build interrupted at any moment leaves either the old site or the new one.
///
/// On Linux this is `renameat2(…, RENAME_EXCHANGE)`, which swaps two paths atomically;
/// glibc declares it only under `_GNU_SOURCE`, so it is looked up at run time. Where it
/// is missing the fallback is two renames, which leaves a moment without the folder.
enum DirectorySwap {
    private typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32

    private static let exchangeFlag: UInt32 = 2  // RENAME_EXCHANGE
    #if canImport(Glibc)
    private static let atCurrentDirectory: Int32 = AT_FDCWD
    #else
    private static let atCurrentDirectory: Int32 = -2
    #endif

    /// Makes `replacement` the folder at `target`; the previous content of `target` ends
    /// up at `replacement` for the caller to delete. Returns false when `target` did not exist.
    static func exchange(_ replacement: String, with target: String) throws -> Bool {
        guard FileManager.default.fileExists(atPath: target) else {
            try check(rename(replacement, target), "move \(replacement) to \(target)")
            return false
        }
        if let renameat2 = lookUpRenameAt2() {
            let result = renameat2(atCurrentDirectory, replacement, atCurrentDirectory, target, exchangeFlag)
            if result == 0 { return true }
            // EINVAL/ENOSYS: the file system or kernel cannot exchange; fall back below.
            if errno != EINVAL, errno != ENOSYS { try check(result, "swap \(replacement) with \(target)") }
        }
        let aside = replacement + ".previous"
        try check(rename(target, aside), "move \(target) aside")
        try check(rename(replacement, target), "move \(replacement) to \(target)")
        try check(rename(aside, replacement), "move the previous site to \(replacement)")
        return true
    }

    private static func lookUpRenameAt2() -> RenameAt2? {
        #if canImport(Glibc)
        guard let symbol = dlsym(dlopen(nil, RTLD_NOW), "renameat2") else { return nil }
        return unsafeBitCast(symbol, to: RenameAt2.self)
        #else
        return nil
        #endif
    }

    private static func check(_ result: Int32, _ action: String) throws {
        guard result == 0 else {
            throw SiteWriterError.swapFailed(action: action, reason: String(cString: strerror(errno)))
        }
    }
}
