/// Collects output in a fixed buffer and hands it to its sink when full, so a million
/// rows cost a few hundred `write(2)` calls, not a million. Call `flush()` at the end.
///
/// The sink is an existential, asked once per buffer: keeping the writer non-generic
/// keeps generic metadata look-ups out of the per-row path.
public struct BufferedWriter {
    /// Where full buffers go; after `flush()` it has everything written.
    public private(set) var sink: any ByteSink
    private var buffer: [UInt8]
    private let capacity: Int

    /// A writer that hands `sink` at most `capacity` bytes at a time.
    public init(sink: any ByteSink, capacity: Int = 1 << 16) {
        self.sink = sink
        self.capacity = max(capacity, 1)
        self.buffer = []
        buffer.reserveCapacity(self.capacity)
    }

    /// Appends bytes; a run larger than the buffer goes to the sink directly.
    public mutating func write(_ bytes: UnsafeBufferPointer<UInt8>) throws {
        if buffer.count + bytes.count > capacity { try flush() }
        if bytes.count >= capacity {
            try sink.write(UnsafeRawBufferPointer(bytes))
        } else {
            buffer.append(contentsOf: bytes)
        }
    }

    /// Appends the bytes of an array.
    public mutating func write(_ bytes: [UInt8]) throws {
        try bytes.withUnsafeBufferPointer { try write($0) }
    }

    /// Appends one byte.
    public mutating func write(byte: UInt8) throws {
        if buffer.count == capacity { try flush() }
        buffer.append(byte)
    }

    /// Appends the UTF-8 bytes of a string.
    public mutating func write(_ text: String) throws {
        var text = text
        try text.withUTF8 { try write($0) }
    }

    /// Hands everything buffered to the sink.
    public mutating func flush() throws {
        guard !buffer.isEmpty else { return }
        try buffer.withUnsafeBytes { try sink.write($0) }
        buffer.removeAll(keepingCapacity: true)
    }
}
