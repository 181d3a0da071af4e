import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a file through a temporary sibling and a rename, so an interrupted `new` or
/// `update` leaves the old file (or none), never half of one.
enum AtomicFile {
    static func write(_ data: Data, to path: String, creatingOnly: Bool) throws {
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try data.write(to: temporary)
            if let mode = (try? FileManager.default.attributesOfItem(atPath: path))?[.posixPermissions] {
                try? FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: temporary.path)
            }
            if creatingOnly {
                // link() fails when the name exists: two `new`s never overwrite each other.
                guard link(temporary.path, path) == 0 else { throw CocoaError(.fileWriteFileExists) }
                try? FileManager.default.removeItem(at: temporary)
            } else {
                guard rename(temporary.path, path) == 0 else { throw CocoaError(.fileWriteUnknown) }
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw AuthoringError.cannotWrite(path: path, reason: String(describing: error))
        }
    }
}
