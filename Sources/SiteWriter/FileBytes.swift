import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Plain POSIX file access for the writer's hot path: one `open`/`write`/`close` per new
/// file (Foundation's `createFile` writes through a temporary file and an `fsync`, which
/// made writing 20,000 pages take half a minute), and a byte comparison with a
/// published file.
enum FileBytes {
    /// Creates `path`, which must not exist yet, with exactly `contents`.
    static func create(_ path: String, contents: Data) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw failure(path) }
        defer { close(descriptor) }
        try contents.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < buffer.count {
                let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0, errno == EINTR { continue }
                guard written > 0 else { throw failure(path) }
                offset += written
            }
        }
    }

    /// Whether the file at `path` holds exactly `contents`; false when it cannot be read.
    static func matches(_ path: String, contents: Data) -> Bool {
        FileManager.default.contents(atPath: path) == contents
    }

    private static func failure(_ path: String) -> SiteWriterError {
        .cannotWrite(path: path, reason: String(cString: strerror(errno)))
    }
}
