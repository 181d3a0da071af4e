import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import OutputEncoding

extension SiteWriter {
    /// Brings an output folder this writer filled before up to date when the caller
    /// already knows what changed (`storingen serve` keeps the site in memory): only
    /// `changed` files are written, each replaced at once by a rename, and `removed`
    /// files are deleted. Unlike `write`, the folder is not swapped as a whole, so a
    /// failure part-way leaves some files new; the caller then does a full `write`.
    public func update(changed: [OutputFile], removed: [String]) throws {
        for file in changed {
            guard Self.isValid(file.path) else { throw SiteWriterError.invalidPath(file.path) }
            let path = outputDirectory + "/" + file.path
            let folder = (path as NSString).deletingLastPathComponent
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw SiteWriterError.cannotPrepare(path: folder, reason: Self.reason(error))
            }
            let temporary = folder + "/.\((path as NSString).lastPathComponent).updating-\(getpid())"
            unlink(temporary)
            try FileBytes.create(temporary, contents: file.contents)
            guard rename(temporary, path) == 0 else {
                let failure = SiteWriterError.cannotWrite(path: path, reason: String(cString: strerror(errno)))
                unlink(temporary)
                throw failure
            }
        }
        for path in removed where Self.isValid(path) {
            unlink(outputDirectory + "/" + path)
        }
    }
}
