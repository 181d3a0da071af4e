/// How a run writes its rows: CSV with four added columns, or one JSON object per row.
protocol RowWriter {
    /// Writes what precedes the first row: the header with the added names, for CSV.
    mutating func writeHeader(
        _ header: CSVRecord, bytes: UnsafeBufferPointer<UInt8>, lineEnd: [UInt8],
        hasByteOrderMark: Bool, to output: inout BufferedWriter) throws
    /// Writes one row with its answer; `lineEnd` is the line end to close it with.
    mutating func writeRow(
        _ record: CSVRecord, bytes: UnsafeBufferPointer<UInt8>, lineEnd: [UInt8],
        answer: RowAnswer, to output: inout BufferedWriter) throws
    /// Writes a blank input line.
    mutating func writeBlankLine(
        lineEnd: [UInt8], to output: inout BufferedWriter) throws
}
