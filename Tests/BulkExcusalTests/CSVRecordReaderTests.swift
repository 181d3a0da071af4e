import BulkExcusal
import Testing

/// The streaming reader gives the same records, at the same lines, however the input
/// is cut into chunks, and skips a byte-order mark.
struct CSVRecordReaderTests {
    static let text = "\u{FEFF}id,\"tijd\",notitie\r\n1,2023-12-19 17:00,\"twee\r\nregels, met \"\"komma\"\"\"\r\n\r\n2,x,\"\"\r\n3,y,laatste"

    /// (raw record, line) for every record, read in chunks of `chunkSize` bytes.
    static func read(_ text: String, chunkSize: Int, bufferSize: Int = 4) throws -> (byteOrderMark: Bool, records: [(String, Int)]) {
        var reader = CSVRecordReader(source: InMemorySource(Array(text.utf8), chunkSize: chunkSize), chunkSize: bufferSize)
        let mark = try reader.skipByteOrderMark()
        var records: [(String, Int)] = []
        try reader.forEachRecord { record, line, bytes in
            records.append((String(decoding: UnsafeBufferPointer(rebasing: bytes[record.start..<record.end]), as: UTF8.self), line))
        }
        return (mark, records)
    }

    @Test(arguments: [1, 2, 3, 5, 7, 64, 1 << 16])
    func chunkSizeDoesNotMatter(chunkSize: Int) throws {
        let (mark, records) = try Self.read(Self.text, chunkSize: chunkSize)
        #expect(mark)
        #expect(records.map(\.0) == ["id,\"tijd\",notitie", "1,2023-12-19 17:00,\"twee\r\nregels, met \"\"komma\"\"\"", "", "2,x,\"\"", "3,y,laatste"])
        #expect(records.map(\.1) == [1, 2, 4, 5, 6])
    }

    @Test func noMarkNoSkip() throws {
        let (mark, records) = try Self.read("a\n\u{FEFF}b\n", chunkSize: 1)
        #expect(!mark)
        #expect(records.map(\.0) == ["a", "\u{FEFF}b"])
    }

    @Test func aRecordLongerThanTheLimitIsRefusedWithItsLine() throws {
        let text = "a\nb\n\"" + String(repeating: "x", count: 100)
        var reader = CSVRecordReader(source: InMemorySource(Array(text.utf8), chunkSize: 8), chunkSize: 8, maximumRecordBytes: 32)
        #expect(throws: BulkCheckError.recordTooLong(line: 3, maximumBytes: 32)) {
            try reader.forEachRecord { _, _, _ in }
        }
    }

    @Test func emptyInputHasNoRecords() throws {
        let (mark, records) = try Self.read("", chunkSize: 4)
        #expect(!mark)
        #expect(records.isEmpty)
    }
}
