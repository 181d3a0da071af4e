import Foundation
import IncidentModel
import IncidentParsing
import ServiceNorms

/// Answers one row at a time: reads its norm and moment from the columns the header
/// named and looks the moment up in the norm's windows, or says why it cannot.
struct RowAnswerer {
    /// A row's answer, or the column and reason of the problem that kept it from one.
    enum Outcome {
        case answer(RowAnswer)
        case problem(column: Int, message: String)
    }

    private let report: ExcusalReport
    private let reader: BulkInstantReader
    private let instantColumnName: String
    private let normColumnName: String?
    private let instantColumn: Int
    private let normColumn: Int?
    /// The norm of every row, when given by `--norm` (a position in the report).
    private let fixedNorm: Int?
    private let normKeys: [[UInt8]]
    /// Each norm's index, built when a row first asks for it.
    private let indexes: NormIndexes
    /// Scratch space for a quoted field's value, reused row after row.
    private var value: [UInt8] = []

    /// Finds the columns named by `--column` and `--norm-column` in the header.
    init(check: BulkCheck, indexes: NormIndexes, header: CSVRecord, bytes: UnsafeBufferPointer<UInt8>) throws {
        report = check.report
        reader = BulkInstantReader(clock: check.report.clock)
        normKeys = check.report.norms.map { Array($0.norm.key.rawValue.utf8) }
        self.indexes = indexes
        var value: [UInt8] = []
        let names = header.fields.indices.map { index in
            header.value(ofField: index, in: bytes, into: &value)
            return String(decoding: value, as: UTF8.self)
        }
        instantColumnName = check.instantColumn
        guard let instantColumn = names.firstIndex(of: check.instantColumn) else {
            throw BulkCheckError.missingColumn(name: check.instantColumn, option: "--column", header: names)
        }
        self.instantColumn = instantColumn
        switch check.norm {
        case .fixed(let key):
            fixedNorm = check.report.norms.firstIndex { $0.norm.key == key }
            normColumnName = nil
            normColumn = nil
        case .column(let name):
            guard let column = names.firstIndex(of: name) else {
                throw BulkCheckError.missingColumn(name: name, option: "--norm-column", header: names)
            }
            fixedNorm = nil
            normColumnName = name
            normColumn = column
        }
    }

    mutating func answer(_ record: CSVRecord, bytes: UnsafeBufferPointer<UInt8>) -> Outcome {
        if record.isUnterminated, let last = record.fields.indices.last {
            return .problem(column: record.column(ofField: last, in: bytes),
                            message: "this quote is never closed, so the row runs to the end of the file")
        }
        let norm: Int
        switch normPosition(of: record, bytes: bytes) {
        case .success(let position): norm = position
        case .failure(let problem): return problem.outcome
        }
        let instant: Date
        switch moment(of: record, bytes: bytes) {
        case .success(let date): instant = date
        case .failure(let problem): return problem.outcome
        }
        guard let piece = indexes[norm].piece(containing: instant) else { return .answer(.notExcused) }
        return .answer(.excused(norm: norm, piece: piece))
    }

    /// A row problem as an `Error`, so the steps can return `Result`s.
    private struct Problem: Error {
        var column: Int
        var message: String
        var outcome: Outcome { .problem(column: column, message: message) }
    }

    private mutating func normPosition(of record: CSVRecord, bytes: UnsafeBufferPointer<UInt8>) -> Result<Int, Problem> {
        if let fixedNorm { return .success(fixedNorm) }
        guard let column = normColumn, let name = normColumnName else { preconditionFailure("a norm or a norm column") }
        guard column < record.fields.count else { return .failure(missing(column: column, name: name, in: record, bytes: bytes)) }
        record.value(ofField: column, in: bytes, into: &value)
        guard let position = normKeys.firstIndex(of: value) else {
            let known = normKeys.map { String(decoding: $0, as: UTF8.self) }.joined(separator: ", ")
            return .failure(Problem(column: record.column(ofField: column, in: bytes),
                                    message: "unknown norm '\(String(decoding: value, as: UTF8.self))'; known norms: \(known)"))
        }
        return .success(position)
    }

    private mutating func moment(of record: CSVRecord, bytes: UnsafeBufferPointer<UInt8>) -> Result<Date, Problem> {
        guard instantColumn < record.fields.count else {
            return .failure(missing(column: instantColumn, name: instantColumnName, in: record, bytes: bytes))
        }
        let field = record.fields[instantColumn]
        let reading: Result<Date, StandaloneTimestamp.Problem>
        let isEmpty: Bool
        if field.isQuoted {
            record.value(ofField: instantColumn, in: bytes, into: &value)
            reading = value.withUnsafeBufferPointer { reader.instant($0) }
            isEmpty = value.isEmpty
        } else {
            reading = reader.instant(UnsafeBufferPointer(rebasing: bytes[field.start..<field.end]))
            isEmpty = field.start == field.end
        }
        return reading.mapError { problem in
            Problem(column: record.column(ofField: instantColumn, in: bytes),
                    message: isEmpty ? "no time in column `\(instantColumnName)`" : problem.message)
        }
    }

    private func missing(column: Int, name: String, in record: CSVRecord, bytes: UnsafeBufferPointer<UInt8>) -> Problem {
        let count = record.fields.count
        return Problem(column: record.column(at: record.end, in: bytes),
                       message: "this row has \(count) field\(count == 1 ? "" : "s"); column `\(name)` is field \(column + 1)")
    }
}
