#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where answered rows go, a buffer at a time.
public protocol ByteSink {
    /// Writes every byte of `bytes`.
    mutating func write(_ bytes: UnsafeRawBufferPointer) throws
}

/// A file or standard output, written with `write(2)`.
public struct FileDescriptorSink: ByteSink {
    /// An open descriptor, written to and never closed here.
    public let fileDescriptor: Int32

    /// A sink writing to `fileDescriptor` (1 for standard output).
    public init(fileDescriptor: Int32) {
        self.fileDescriptor = fileDescriptor
    }

    public mutating func write(_ bytes: UnsafeRawBufferPointer) throws {
        var offset = 0
        while offset < bytes.count {
            #if canImport(Glibc)
            let written = Glibc.write(fileDescriptor, bytes.baseAddress! + offset, bytes.count - offset)
            #else
            let written = Darwin.write(fileDescriptor, bytes.baseAddress! + offset, bytes.count - offset)
            #endif
            if written >= 0 {
                offset += written
            } else if errno != EINTR {
                throw BulkCheckError.writeFailed(reason: String(cString: strerror(errno)))
            }
        }
    }
}

/// Bytes collected in memory, for tests.
public struct InMemorySink: ByteSink {
    /// Everything written so far.
    public private(set) var bytes: [UInt8] = []

    /// An empty sink.
    public init() {}

    public mutating func write(_ bytes: UnsafeRawBufferPointer) throws {
        self.bytes.append(contentsOf: bytes)
    }
}
