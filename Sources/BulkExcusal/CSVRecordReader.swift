/// Reads CSV from a stream a chunk at a time and hands out one complete record at a time,
/// so memory holds one chunk and the longest record, whatever the size of the file.
public struct CSVRecordReader {
    /// The longest record accepted; a longer one is most likely an unclosed quote
    /// swallowing the rest of the file.
    public let maximumRecordBytes: Int
    private var source: any ByteSource
    private var buffer: [UInt8]
    private var filled = 0
    private var position = 0
    private var atEnd = false
    private var fields: [CSVRecord.Field] = []
    /// The physical line (1-based) where the next record starts.
    private var nextLine = 1

    /// A reader of `source` in chunks of `chunkSize` bytes.
    public init(source: any ByteSource, chunkSize: Int = 1 << 16, maximumRecordBytes: Int = 1 << 24) {
        self.source = source
        self.buffer = [UInt8](repeating: 0, count: max(chunkSize, 4))
        self.maximumRecordBytes = maximumRecordBytes
    }

    /// Skips a UTF-8 byte-order mark at the start of the input, which is no part of the
    /// first record, and says whether there was one. Call it before reading any record.
    public mutating func skipByteOrderMark() throws -> Bool {
        precondition(position == 0 && nextLine == 1, "the mark can only be at the start")
        while filled < 3, !atEnd { try refill() }
        guard filled >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF else { return false }
        position = 3
        return true
    }

    /// Calls `body` with each record, the physical line it starts on, and the bytes its
    /// offsets point into (valid only during the call), until the input ends.
    public mutating func forEachRecord(
        _ body: (_ record: CSVRecord, _ line: Int, _ bytes: UnsafeBufferPointer<UInt8>) throws -> Void
    ) throws {
        while true {
            let count = filled
            var position = self.position
            var line = nextLine
            try buffer.withUnsafeBufferPointer { whole in
                let bytes = UnsafeBufferPointer(rebasing: whole[0..<count])
                while let record = CSVRecordSplitter.record(in: bytes, from: position, isFinal: atEnd, fields: &fields) {
                    position = record.next
                    let recordLine = line
                    line += record.lineBreaksInside + (record.next > record.end ? 1 : 0)
                    try body(record, recordLine, bytes)
                }
            }
            self.position = position
            nextLine = line
            if atEnd { return }
            try refill()
        }
    }

    /// Moves the unread rest to the front, grows the buffer when one record fills it, and
    /// reads the next chunk.
    private mutating func refill() throws {
        if position > 0 {
            let rest = filled - position
            buffer.withUnsafeMutableBufferPointer { bytes in
                if rest > 0 {
                    let base = bytes.baseAddress!
                    base.update(from: base + position, count: rest)
                }
            }
            filled = rest
            position = 0
        }
        if filled == buffer.count {
            guard buffer.count < maximumRecordBytes else {
                throw BulkCheckError.recordTooLong(line: nextLine, maximumBytes: maximumRecordBytes)
            }
            buffer.append(contentsOf: repeatElement(0, count: min(buffer.count, maximumRecordBytes - buffer.count)))
        }
        let start = filled
        let read = try buffer.withUnsafeMutableBytes { bytes in
            try source.read(into: UnsafeMutableRawBufferPointer(rebasing: bytes[start...]))
        }
        filled += read
        if read == 0 { atEnd = true }
    }
}
