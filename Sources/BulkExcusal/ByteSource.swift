#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a CSV stream's bytes come from, a chunk at a time.
public protocol ByteSource {
    /// Reads up to `buffer.count` bytes into `buffer`; 0 at the end of the input.
    mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int
}

/// A file or standard input, read with `read(2)`.
public struct FileDescriptorSource: ByteSource {
    /// An open descriptor, read from and never closed here.
    public let fileDescriptor: Int32

    /// A source reading `fileDescriptor` (0 for standard input).
    public init(fileDescriptor: Int32) {
        self.fileDescriptor = fileDescriptor
    }

    public mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        while true {
            #if canImport(Glibc)
            let count = Glibc.read(fileDescriptor, buffer.baseAddress, buffer.count)
            #else
            let count = Darwin.read(fileDescriptor, buffer.baseAddress, buffer.count)
            #endif
            if count >= 0 { return count }
            if errno != EINTR { throw BulkCheckError.readFailed(reason: String(cString: strerror(errno))) }
        }
    }
}

/// Bytes already in memory, handed out in chunks of at most `chunkSize` (tests use a
/// tiny size to split records across reads).
public struct InMemorySource: ByteSource {
    private let bytes: [UInt8]
    private let chunkSize: Int
    private var position = 0

    /// A source of `bytes`, at most `chunkSize` at a time.
    public init(_ bytes: [UInt8], chunkSize: Int = 1 << 16) {
        self.bytes = bytes
        self.chunkSize = max(1, chunkSize)
    }

    public mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        let count = min(buffer.count, chunkSize, bytes.count - position)
        guard count > 0 else { return 0 }
        bytes.withUnsafeBytes { source in
            buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: source[position..<position + count]))
        }
        position += count
        return count
    }
}
