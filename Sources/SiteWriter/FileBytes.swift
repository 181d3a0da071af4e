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

    /// Whether the file at `path` is a regular file (not a link to one) holding exactly
    /// `contents`; false when it cannot be read. Its size is compared first, then its
    /// bytes, read in pieces and compared where they land, so a rebuild that compares
    /// 27,000 published files makes no copy of each.
    static func matches(_ path: String, contents: Data) -> Bool {
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG,
              Int(status.st_size) == contents.count else { return false }
        return contents.withUnsafeBytes { (expected: UnsafeRawBufferPointer) in
            withUnsafeTemporaryAllocation(byteCount: 64 << 10, alignment: 16) { buffer in
                var offset = 0
                while true {
                    let count = read(descriptor, buffer.baseAddress!, buffer.count)
                    if count < 0, errno == EINTR { continue }
                    guard count >= 0 else { return false }
                    // The end of the file: it matches when the contents ended too.
                    guard count > 0 else { return offset == expected.count }
                    guard offset + count <= expected.count,
                          memcmp(buffer.baseAddress!, expected.baseAddress! + offset, count) == 0 else { return false }
                    offset += count
                }
            }
        }
    }

    private static func failure(_ path: String) -> SiteWriterError {
        .cannotWrite(path: path, reason: String(cString: strerror(errno)))
    }
}
