/// Why `excused --check` cannot go through a file at all (exit 2), as opposed to one
/// row it cannot answer (reported, and the run goes on).
public enum BulkCheckError: Error, Equatable, Sendable {
    /// The input has no header row.
    case noHeader
    /// The header has no column of this name; `header` lists the columns it has.
    case missingColumn(name: String, option: String, header: [String])
    /// `--norm` names no norm of the catalogue.
    case unknownNorm(String, known: [String])
    /// One record is longer than the limit, most likely because a quote is never closed.
    case recordTooLong(line: Int, maximumBytes: Int)
    /// Reading the input failed.
    case readFailed(reason: String)
    /// Writing the output failed.
    case writeFailed(reason: String)

    /// The message to show after `error:`.
    public var message: String {
        switch self {
        case .noHeader:
            return "the file is empty; its first line must be a header naming the columns, such as `timestamp`"
        case .missingColumn(let name, let option, let header):
            let columns = header.map { "`\($0)`" }.joined(separator: ", ")
            return "the header has no column `\(name)` (\(option)); its columns are \(columns)"
        case .unknownNorm(let norm, let known):
            return "unknown norm '\(norm)'; known norms: \(known.joined(separator: ", "))"
        case .recordTooLong(_, let maximumBytes):
            return "this record is longer than \(maximumBytes / 1_048_576) MiB; is a quote never closed?"
        case .readFailed(let reason):
            return "cannot read the input: \(reason)"
        case .writeFailed(let reason):
            return "cannot write the output: \(reason)"
        }
    }

    /// The line the problem is on, when it has one (1 for the header).
    public var line: Int? {
        switch self {
        case .noHeader, .missingColumn: 1
        case .recordTooLong(let line, _): line
        case .unknownNorm, .readFailed, .writeFailed: nil
        }
    }
}
