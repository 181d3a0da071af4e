import ExcusalFormats
import IncidentModel
import ServiceNorms

/// Writes each input record byte for byte as it was written (quoting included), then
/// the added fields `excused,window_start,window_end,incidents`, then the record's line end.
struct CSVRowWriter: RowWriter {
    static let addedHeader = Array(",excused,window_start,window_end,incidents".utf8)
    static let notExcused = Array(",false,,,".utf8)
    static let unanswered = Array(",,,,".utf8)

    private let report: ExcusalReport
    private let indexes: NormIndexes
    /// Per norm (by position in the report), per piece of its windows:
    /// `,true,START,END,INCIDENTS`, rendered when a row first falls in the piece.
    private var excusedFields: [[Int: [UInt8]]]

    init(report: ExcusalReport, indexes: NormIndexes) {
        self.report = report
        self.indexes = indexes
        excusedFields = Array(repeating: [:], count: report.norms.count)
    }

    private func fields(norm: Int, piece: Int) -> [UInt8] {
        let index = indexes[norm]
        let window = report.norms[norm].windows[index.windowOfPiece[piece]]
        let start = RFC3339.string(from: window.range.start, in: report.clock)
        let end = RFC3339.string(from: window.range.end, in: report.clock)
        let incidents = ExcusalCSVRenderer.field(index.incidentsOfPiece[piece].map(\.rawValue).joined(separator: ";"))
        return Array(",true,\(start),\(end),\(incidents)".utf8)
    }

    func writeHeader(
        _ header: CSVRecord, bytes: UnsafeBufferPointer<UInt8>, lineEnd: [UInt8],
        hasByteOrderMark: Bool, to output: inout BufferedWriter
    ) throws {
        if hasByteOrderMark { try output.write([0xEF, 0xBB, 0xBF]) }
        try output.write(UnsafeBufferPointer(rebasing: bytes[header.start..<header.end]))
        try output.write(Self.addedHeader)
        try output.write(lineEnd)
    }

    mutating func writeRow(
        _ record: CSVRecord, bytes: UnsafeBufferPointer<UInt8>, lineEnd: [UInt8],
        answer: RowAnswer, to output: inout BufferedWriter
    ) throws {
        try output.write(UnsafeBufferPointer(rebasing: bytes[record.start..<record.end]))
        switch answer {
        case .excused(let norm, let piece):
            if excusedFields[norm][piece] == nil { excusedFields[norm][piece] = fields(norm: norm, piece: piece) }
            try output.write(excusedFields[norm][piece]!)
        case .notExcused: try output.write(Self.notExcused)
        case .unanswered: try output.write(Self.unanswered)
        }
        try output.write(lineEnd)
    }

    func writeBlankLine(lineEnd: [UInt8], to output: inout BufferedWriter) throws {
        try output.write(lineEnd)
    }
}
