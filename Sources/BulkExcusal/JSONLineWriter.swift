import IncidentModel
import ServiceNorms

/// Writes one JSON object per row (JSON Lines): the input fields as strings under their
/// header names, then `excused`, `window_start`, `window_end` and `incidents` (null when
/// the row could not be answered). A field beyond the header is named by its position.
struct JSONLineWriter: RowWriter {
    static let notExcused = Array(",\"excused\":false,\"window_start\":null,\"window_end\":null,\"incidents\":[]}\n".utf8)
    static let unanswered = Array(",\"excused\":null,\"window_start\":null,\"window_end\":null,\"incidents\":null}\n".utf8)

    private let report: ExcusalReport
    private let indexes: NormIndexes
    /// Per norm (by position in the report), per piece of its windows:
    /// `,"excused":true,…}` and the line end, rendered when a row first falls in the piece.
    private var excusedMembers: [[Int: [UInt8]]]
    /// `"name":` per header column, filled in by `writeHeader`.
    private var keys: [[UInt8]] = []
    private var value: [UInt8] = []

    init(report: ExcusalReport, indexes: NormIndexes) {
        self.report = report
        self.indexes = indexes
        excusedMembers = Array(repeating: [:], count: report.norms.count)
    }

    private func members(norm: Int, piece: Int) -> [UInt8] {
        let index = indexes[norm]
        let window = report.norms[norm].windows[index.windowOfPiece[piece]]
        let start = RFC3339.string(from: window.range.start, in: report.clock)
        let end = RFC3339.string(from: window.range.end, in: report.clock)
        let incidents = index.incidentsOfPiece[piece].map { Self.string($0.rawValue) }.joined(separator: ",")
        return Array(",\"excused\":true,\"window_start\":\"\(start)\",\"window_end\":\"\(end)\",\"incidents\":[\(incidents)]}\n".utf8)
    }

    mutating func writeHeader(
        _ header: CSVRecord, bytes: UnsafeBufferPointer<UInt8>, lineEnd: [UInt8],
        hasByteOrderMark: Bool, to output: inout BufferedWriter
    ) throws {
        keys = header.fields.indices.map { index in
            header.value(ofField: index, in: bytes, into: &value)
            return Array((Self.string(String(decoding: value, as: UTF8.self)) + ":").utf8)
        }
    }

    mutating func writeRow(
        _ record: CSVRecord, bytes: UnsafeBufferPointer<UInt8>, lineEnd: [UInt8],
        answer: RowAnswer, to output: inout BufferedWriter
    ) throws {
        try output.write(byte: 0x7B)
        for index in record.fields.indices {
            if index > 0 { try output.write(byte: 0x2C) }
            if index < keys.count {
                try output.write(keys[index])
            } else {
                try output.write("\"\(index + 1)\":")
            }
            record.value(ofField: index, in: bytes, into: &value)
            try Self.writeString(value, to: &output)
        }
        switch answer {
        case .excused(let norm, let piece):
            if excusedMembers[norm][piece] == nil { excusedMembers[norm][piece] = members(norm: norm, piece: piece) }
            try output.write(excusedMembers[norm][piece]!)
        case .notExcused: try output.write(Self.notExcused)
        case .unanswered: try output.write(Self.unanswered)
        }
    }

    func writeBlankLine(lineEnd: [UInt8], to output: inout BufferedWriter) throws {}

    /// `text` as a JSON string literal, quotes included.
    static func string(_ text: String) -> String {
        var output = BufferedWriter(sink: InMemorySink())
        try? writeString(Array(text.utf8), to: &output)
        try? output.flush()
        return String(decoding: (output.sink as? InMemorySink)?.bytes ?? [], as: UTF8.self)
    }

    /// Writes bytes as a JSON string: quote, backslash and control characters escaped;
    /// bytes that are not UTF-8 become U+FFFD, so every line stays valid JSON.
    static func writeString(_ bytes: [UInt8], to output: inout BufferedWriter) throws {
        try output.write(byte: 0x22)
        if bytes.allSatisfy({ $0 < 0x80 }) {
            try writeEscaped(bytes, to: &output)
        } else {
            try writeEscaped(Array(String(decoding: bytes, as: UTF8.self).utf8), to: &output)
        }
        try output.write(byte: 0x22)
    }

    private static func writeEscaped(_ bytes: [UInt8], to output: inout BufferedWriter) throws {
        let hex = Array("0123456789abcdef".utf8)
        var runStart = 0
        try bytes.withUnsafeBufferPointer { buffer in
            for (index, byte) in buffer.enumerated() where byte < 0x20 || byte == 0x22 || byte == 0x5C {
                try output.write(UnsafeBufferPointer(rebasing: buffer[runStart..<index]))
                switch byte {
                case 0x22: try output.write([0x5C, 0x22])
                case 0x5C: try output.write([0x5C, 0x5C])
                case 0x0A: try output.write([0x5C, 0x6E])
                case 0x0D: try output.write([0x5C, 0x72])
                case 0x09: try output.write([0x5C, 0x74])
                default: try output.write([0x5C, 0x75, 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]])
                }
                runStart = index + 1
            }
            try output.write(UnsafeBufferPointer(rebasing: buffer[runStart...]))
        }
    }
}
