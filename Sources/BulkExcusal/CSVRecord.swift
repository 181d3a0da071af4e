/// One record of a CSV file as it lies in a buffer: its bytes exactly as written, its
/// line end, and where each field starts and ends, so the record can be copied out byte
/// for byte and a field can be read or pointed at.
public struct CSVRecord: Sendable, Hashable {
    /// Where one field lies: `start..<end` includes its quotes, if it has any.
    public struct Field: Sendable, Hashable {
        /// The first byte: the opening quote of a quoted field.
        public var start: Int
        /// After the last byte, before the comma or line end.
        public var end: Int
        /// Whether the field starts with a quote (RFC 4180's escaped field).
        public var isQuoted: Bool

        /// A field over `start..<end`.
        public init(start: Int, end: Int, isQuoted: Bool) {
            self.start = start
            self.end = end
            self.isQuoted = isQuoted
        }
    }

    /// The first byte of the record.
    public var start: Int
    /// The end of its content, before the line end.
    public var end: Int
    /// Where the next record starts: after the line end (`\n`, `\r\n`, or nothing at the
    /// end of the input).
    public var next: Int
    /// The fields, in order; a blank line has one empty field.
    public var fields: [Field]
    /// How many line breaks quoted fields hold, so the next record's line is known.
    public var lineBreaksInside: Int
    /// Whether the input ended inside a quoted field (a quote was never closed).
    public var isUnterminated: Bool

    /// A record as the splitter finds it.
    public init(start: Int, end: Int, next: Int, fields: [Field], lineBreaksInside: Int = 0, isUnterminated: Bool = false) {
        self.start = start
        self.end = end
        self.next = next
        self.fields = fields
        self.lineBreaksInside = lineBreaksInside
        self.isUnterminated = isUnterminated
    }

    /// Whether the line holds nothing at all (not even a space).
    public var isBlank: Bool { start == end }

    /// The byte column (1-based) where field `index` starts, on the physical line where it
    /// starts; a field after a quoted line break counts from that line's start. `bytes`
    /// is the buffer the record was found in.
    public func column(ofField index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        column(at: fields[index].start, in: bytes)
    }

    /// The byte column (1-based) of `offset` inside the record, on its physical line.
    public func column(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var lineStart = start
        var index = start
        while index < offset {
            if bytes[index] == CSVRecordSplitter.lineFeed { lineStart = index + 1 }
            index += 1
        }
        return offset - lineStart + 1
    }

    /// The value of field `index` as RFC 4180 reads it: without its enclosing quotes and
    /// with doubled quotes made single, written into `value` (emptied first).
    public func value(ofField index: Int, in bytes: UnsafeBufferPointer<UInt8>, into value: inout [UInt8]) {
        value.removeAll(keepingCapacity: true)
        let field = fields[index]
        guard field.isQuoted else {
            value.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[field.start..<field.end]))
            return
        }
        // Inside the quotes a doubled quote is one quote; after the closing quote, any
        // further bytes are kept as they are (lenient, as Python's csv module is).
        var index = field.start + 1
        var inQuotes = true
        while index < field.end {
            let byte = bytes[index]
            if inQuotes, byte == CSVRecordSplitter.quote {
                if index + 1 < field.end, bytes[index + 1] == CSVRecordSplitter.quote {
                    value.append(byte)
                    index += 2
                    continue
                }
                inQuotes = false
            } else {
                value.append(byte)
            }
            index += 1
        }
    }
}
