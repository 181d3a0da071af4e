import IncidentModel

/// What one row was answered: excused by a window of a norm (positions into the run's
/// norm indexes), not excused, or not answered because its instant or norm could not be read.
enum RowAnswer {
    case excused(norm: Int, window: Int)
    case notExcused
    case unanswered
}

/// How a run writes its rows: CSV with four added columns, or one JSON object per row.
protocol RowWriter {
    /// Renders the added fields of each window of a norm, once, before its first row.
    mutating func prepare(norm: Int, index: NormWindowIndex, clock: WallClock)
    /// Writes what precedes the first row: the header with the added names, for CSV.
    mutating func writeHeader<Sink: ByteSink>(
        _ header: CSVRecord, bytes: UnsafeBufferPointer<UInt8>, lineEnd: [UInt8],
        hasByteOrderMark: Bool, to output: inout BufferedWriter<Sink>) throws
    /// Writes one row with its answer; `lineEnd` is the line end to close it with.
    mutating func writeRow<Sink: ByteSink>(
        _ record: CSVRecord, bytes: UnsafeBufferPointer<UInt8>, lineEnd: [UInt8],
        answer: RowAnswer, to output: inout BufferedWriter<Sink>) throws
    /// Writes a blank input line.
    mutating func writeBlankLine<Sink: ByteSink>(
        lineEnd: [UInt8], to output: inout BufferedWriter<Sink>) throws
}
