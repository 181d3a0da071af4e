import BulkExcusal
import Testing

/// The RFC 4180 splitter, one row per rule: what each record's raw bytes are (they are
/// copied to the output as they are), its fields' values, and its line end.
struct CSVRecordSplitterTests {
    /// A record as the tests compare it: raw bytes, decoded fields, line end.
    struct Split: Equatable, CustomStringConvertible {
        var raw: String
        var fields: [String]
        var lineEnd: String

        var description: String { "\(raw.debugDescription) \(fields) \(lineEnd.debugDescription)" }
    }

    static func split(_ text: String) -> [Split] {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            CSVRecordSplitter.records(in: bytes).map { record in
                var value: [UInt8] = []
                let fields = record.fields.indices.map { index in
                    record.value(ofField: index, in: buffer, into: &value)
                    return String(decoding: value, as: UTF8.self)
                }
                return Split(raw: String(decoding: bytes[record.start..<record.end], as: UTF8.self), fields: fields,
                             lineEnd: String(decoding: bytes[record.end..<record.next], as: UTF8.self))
            }
        }
    }

    static func split(_ raw: String, _ fields: [String], _ lineEnd: String = "\n") -> Split {
        Split(raw: raw, fields: fields, lineEnd: lineEnd)
    }

    @Test(arguments: [
        ("plain fields", "a,b,c\n1,2,3\n", [split("a,b,c", ["a", "b", "c"]), split("1,2,3", ["1", "2", "3"])]),
        ("a quoted comma", "1,\"a, b\",3\n", [split("1,\"a, b\",3", ["1", "a, b", "3"])]),
        ("doubled quotes", "\"zei \"\"hallo\"\"\",x\n", [split("\"zei \"\"hallo\"\"\",x", ["zei \"hallo\"", "x"])]),
        ("a line feed inside quotes", "1,\"twee\nregels\",3\n4\n",
         [split("1,\"twee\nregels\",3", ["1", "twee\nregels", "3"]), split("4", ["4"])]),
        ("CRLF inside quotes and as line end", "1,\"a\r\nb\"\r\n2,c\r\n",
         [split("1,\"a\r\nb\"", ["1", "a\r\nb"], "\r\n"), split("2,c", ["2", "c"], "\r\n")]),
        ("CRLF line ends", "a,b\r\n1,2\r\n", [split("a,b", ["a", "b"], "\r\n"), split("1,2", ["1", "2"], "\r\n")]),
        ("empty fields", ",,\n\"\",x,\n", [split(",,", ["", "", ""]), split("\"\",x,", ["", "x", ""])]),
        ("an empty last field before CRLF", "a,\r\n", [split("a,", ["a", ""], "\r\n")]),
        ("a last line without line end", "a,b\n1,2", [split("a,b", ["a", "b"]), split("1,2", ["1", "2"], "")]),
        ("a last quoted field without line end", "a,\"b\"", [split("a,\"b\"", ["a", "b"], "")]),
        ("a lone CR at the very end", "a,b\r", [split("a,b", ["a", "b"], "\r")]),
        ("a blank line is a record of one empty field", "a\n\nb\n",
         [split("a", ["a"]), split("", [""]), split("b", ["b"])]),
        ("a quote inside an unquoted field is kept", "ab\"c,d\n", [split("ab\"c,d", ["ab\"c", "d"])]),
        ("text after a closing quote is kept", "\"ab\"c,d\n", [split("\"ab\"c,d", ["abc", "d"])]),
        ("a CR inside an unquoted field is kept", "a\rb,c\n", [split("a\rb,c", ["a\rb", "c"])]),
        ("multi-byte UTF-8", "café,\"Zoë, 🛒\"\n", [split("café,\"Zoë, 🛒\"", ["café", "Zoë, 🛒"])]),
    ])
    func splits(_ rule: String, input: String, expected: [Split]) {
        #expect(Self.split(input) == expected, "\(rule)")
    }

    @Test func anUnclosedQuoteRunsToTheEndAndIsFlagged() {
        let bytes = Array("a,b\n1,\"open\n2,3\n".utf8)
        let records = CSVRecordSplitter.records(in: bytes)
        #expect(records.count == 2)
        #expect(records.map(\.isUnterminated) == [false, true])
        #expect(records[1].start == 4 && records[1].end == bytes.count && records[1].lineBreaksInside == 2)
    }

    @Test func withoutTheFinalBytesAnIncompleteRecordIsNotReturned() {
        var fields: [CSVRecord.Field] = []
        for (text, complete) in [("1,2", false), ("1,\"a\nb", false), ("1,\"a\"", false), ("1,2\n", true), ("1,\"a\"\"\"\n", true)] {
            let bytes = Array(text.utf8)
            let record = bytes.withUnsafeBufferPointer {
                CSVRecordSplitter.record(in: $0, from: 0, isFinal: false, fields: &fields)
            }
            #expect((record != nil) == complete, "\(text.debugDescription)")
        }
    }

    @Test func columnsCountBytesFromTheStartOfTheFieldsOwnLine() {
        let bytes = Array("é,\"x\ny\",zz,w\n".utf8)
        let record = CSVRecordSplitter.records(in: bytes)[0]
        let columns = bytes.withUnsafeBufferPointer { buffer in
            record.fields.indices.map { record.column(ofField: $0, in: buffer) }
        }
        // é is two bytes; the third field starts on the second physical line, after `y",`.
        #expect(columns == [1, 4, 4, 7])
    }
}
