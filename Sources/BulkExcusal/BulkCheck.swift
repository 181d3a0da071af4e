import Foundation
import IncidentModel
import ServiceNorms

/// `excused --check`: streams a CSV of moments through and answers, row by row, whether
/// each was excused, keeping every input byte and adding `excused`, `window_start`,
/// `window_end` and `incidents`. A row it cannot answer is reported where it is and the
/// run goes on. Memory holds one chunk of input and one of output, whatever the file's size.
public struct BulkCheck: Sendable {
    /// Which norm a row is judged by.
    public enum NormChoice: Sendable, Hashable {
        /// Every row by this norm (`--norm`).
        case fixed(NormKey)
        /// Each row by the norm named in this column (`--norm-column`).
        case column(String)
    }

    /// What the run writes.
    public enum OutputFormat: Sendable, Hashable {
        /// The input CSV with four added columns.
        case csv
        /// One JSON object per row.
        case jsonLines
    }

    /// How many rows a run saw, and how many it could not answer.
    public struct Summary: Sendable, Hashable {
        /// Rows after the header, blank lines not counted.
        public var rows: Int
        /// Rows without an answer, each reported.
        public var unanswered: Int

        /// Counts as a run keeps them.
        public init(rows: Int = 0, unanswered: Int = 0) {
            self.rows = rows
            self.unanswered = unanswered
        }
    }

    /// The windows rows are answered from, and the clock their times are shown on.
    public let report: ExcusalReport
    /// Which norm each row is judged by.
    public let norm: NormChoice
    /// The header name of the column holding each row's moment (`--column`).
    public let instantColumn: String
    /// CSV with four added columns, or JSON Lines.
    public let format: OutputFormat
    /// The input's name in diagnostics: the path given, or `<stdin>`.
    public let inputName: String

    /// A check of rows against `report`; `inputName` is how diagnostics name the input.
    public init(report: ExcusalReport, norm: NormChoice, instantColumn: String = "timestamp",
                format: OutputFormat = .csv, inputName: String) {
        self.report = report
        self.norm = norm
        self.instantColumn = instantColumn
        self.format = format
        self.inputName = inputName
    }

    /// Answers every row of `input` into `output`, reporting each row it cannot answer to
    /// `diagnose`; throws `BulkCheckError` when the file cannot be gone through at all
    /// (no header, a missing column, an unknown `--norm`, a read or write failure).
    public func run<Source: ByteSource, Sink: ByteSink>(
        input: Source, output: inout Sink, diagnose: (Diagnostic) throws -> Void
    ) throws -> Summary {
        if case .fixed(let key) = norm, report.excusal(of: key) == nil {
            throw BulkCheckError.unknownNorm(key.rawValue, known: report.norms.map(\.norm.key.rawValue))
        }
        var writer = BufferedWriter(sink: output)
        defer {
            // The same sink, back with what was written to it (in-memory sinks hold bytes).
            if let sink = writer.sink as? Sink { output = sink }
        }
        let indexes = NormIndexes(report: report)
        switch format {
        case .csv:
            var rows = CSVRowWriter(report: report, indexes: indexes)
            return try run(input: input, indexes: indexes, rows: &rows, output: &writer, diagnose: diagnose)
        case .jsonLines:
            var rows = JSONLineWriter(report: report, indexes: indexes)
            return try run(input: input, indexes: indexes, rows: &rows, output: &writer, diagnose: diagnose)
        }
    }

    private func run<Rows: RowWriter>(
        input: any ByteSource, indexes: NormIndexes, rows: inout Rows, output: inout BufferedWriter, diagnose: (Diagnostic) throws -> Void
    ) throws -> Summary {
        var records = CSVRecordReader(source: input)
        var answerer: RowAnswerer?
        var summary = Summary()
        // A last line without a line end is ended like the line before it.
        var lastLineEnd = LineEnd.lineFeed
        do {
            let hasByteOrderMark = try records.skipByteOrderMark()
            try records.forEachRecord { record, line, bytes in
                lastLineEnd = LineEnd(after: record, in: bytes) ?? lastLineEnd
                let lineEnd = lastLineEnd.bytes
                guard answerer != nil else {
                    answerer = try RowAnswerer(check: self, indexes: indexes, header: record, bytes: bytes)
                    try rows.writeHeader(record, bytes: bytes, lineEnd: lineEnd,
                                         hasByteOrderMark: hasByteOrderMark, to: &output)
                    return
                }
                if record.isBlank {
                    try rows.writeBlankLine(lineEnd: lineEnd, to: &output)
                    return
                }
                summary.rows += 1
                let answer: RowAnswer
                // Mutated in place through the optional, so its scratch arrays are never copied.
                switch answerer!.answer(record, bytes: bytes) {
                case .answer(let found):
                    answer = found
                case .problem(let column, let message):
                    summary.unanswered += 1
                    try diagnose(.error(at: SourceLocation(path: inputName, line: line, column: column), message))
                    answer = .unanswered
                }
                try rows.writeRow(record, bytes: bytes, lineEnd: lineEnd, answer: answer, to: &output)
            }
            guard answerer != nil else { throw BulkCheckError.noHeader }
        } catch {
            // What was answered before a failure is still worth having.
            try? output.flush()
            throw error
        }
        try output.flush()
        return summary
    }
}
