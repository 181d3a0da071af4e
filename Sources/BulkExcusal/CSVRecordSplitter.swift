/// Finds the records of RFC 4180 CSV in a buffer of bytes: fields separated by commas,
/// records by LF or CRLF, a field in double quotes may hold commas, line breaks and
/// doubled quotes.
///
/// Hand-written rather than taken from a CSV package because `excused --check` copies
/// each record's raw bytes to its output, quoting and all, and no package says where a
/// record's bytes are. It is lenient where RFC 4180 is strict: a quote inside an unquoted
/// field, or text after a closing quote, is kept as written.
public enum CSVRecordSplitter {
    static let comma: UInt8 = 0x2C
    static let quote: UInt8 = 0x22
    static let lineFeed: UInt8 = 0x0A
    static let carriageReturn: UInt8 = 0x0D

    /// The record starting at `start` in `bytes`, its fields written into `fields`
    /// (emptied first, so one array serves a whole file), or nil when `start` is at the
    /// end or the bytes end before the record does and `isFinal` is false (more may come).
    ///
    /// When `isFinal`, the last record needs no line end, and a record whose quote is never
    /// closed runs to the end of the input (`isUnterminated`).
    public static func record(
        in bytes: UnsafeBufferPointer<UInt8>, from start: Int, isFinal: Bool, fields: inout [CSVRecord.Field]
    ) -> CSVRecord? {
        let count = bytes.count
        guard start < count else { return nil }
        fields.removeAll(keepingCapacity: true)
        var index = start
        var lineBreaks = 0
        while true {
            // One field per turn: quoted or not, it ends at a comma, a line feed or the end.
            let fieldStart = index
            let isQuoted = index < count && bytes[index] == quote
            if isQuoted {
                index += 1
                var closed = false
                while index < count {
                    let byte = bytes[index]
                    if byte == quote {
                        if index + 1 < count {
                            index += 1
                            if bytes[index] == quote {
                                index += 1
                                continue
                            }
                            closed = true
                            break
                        }
                        // A quote as the last byte: closing, or half of a doubled quote?
                        guard isFinal else { return nil }
                        index += 1
                        closed = true
                        break
                    }
                    if byte == lineFeed { lineBreaks += 1 }
                    index += 1
                }
                if !closed {
                    guard isFinal else { return nil }
                    fields.append(CSVRecord.Field(start: fieldStart, end: count, isQuoted: true))
                    return CSVRecord(start: start, end: count, next: count, fields: fields,
                                     lineBreaksInside: lineBreaks, isUnterminated: true)
                }
            }
            // The unquoted part: the whole field, or what follows a closing quote.
            while index < count {
                let byte = bytes[index]
                if byte == comma || byte == lineFeed { break }
                index += 1
            }
            if index < count, bytes[index] == comma {
                fields.append(CSVRecord.Field(start: fieldStart, end: index, isQuoted: isQuoted))
                index += 1
                continue
            }
            if index < count {
                // A line feed: the record ends; a CR before it belongs to the line end.
                let end = index > fieldStart && bytes[index - 1] == carriageReturn ? index - 1 : index
                fields.append(CSVRecord.Field(start: fieldStart, end: end, isQuoted: isQuoted))
                return CSVRecord(start: start, end: end, next: index + 1, fields: fields, lineBreaksInside: lineBreaks)
            }
            guard isFinal else { return nil }
            // The last line without a line end; a lone CR at the very end is its line end.
            let end = index > fieldStart && bytes[index - 1] == carriageReturn ? index - 1 : index
            fields.append(CSVRecord.Field(start: fieldStart, end: end, isQuoted: isQuoted))
            return CSVRecord(start: start, end: end, next: count, fields: fields, lineBreaksInside: lineBreaks)
        }
    }

    /// Every record of a whole input, for tests and small files.
    public static func records(in bytes: [UInt8]) -> [CSVRecord] {
        bytes.withUnsafeBufferPointer { buffer in
            var records: [CSVRecord] = []
            var fields: [CSVRecord.Field] = []
            var position = 0
            while let record = record(in: buffer, from: position, isFinal: true, fields: &fields) {
                records.append(record)
                position = record.next
            }
            return records
        }
    }
}
