import ArgumentParser
import BulkExcusal
import ExcusalFormats
import Foundation
import IncidentModel
import ServiceNorms

/// `excused --check FILE.csv`: one question per CSV row, answered in bulk (docs/excusal.md,
/// Many questions at once).
struct BulkCheckOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "Answer every row of this CSV file ('-' for standard input): the rows come out with excused, window_start, window_end and incidents added.",
        valueName: "file.csv"))
    var check: String?

    @Option(name: .long, help: "With --check: the header name of the column holding each row's time (default timestamp).")
    var column: String?

    @Option(name: .customLong("norm-column"), help: "With --check: judge each row by the norm named in this column instead of --norm.")
    var normColumn: String?

    func validate(norm: String?, format: ExcusalFormat?, otherQuestions: [String?]) throws {
        if otherQuestions.contains(where: { $0 != nil }) {
            throw ValidationError("--check cannot be combined with --at, --from or --to")
        }
        switch (norm, normColumn) {
        case (nil, nil): throw ValidationError("--check needs --norm KEY or --norm-column COLUMN: say which norm the rows are judged by")
        case (.some, .some): throw ValidationError("--check takes --norm or --norm-column, not both")
        default: break
        }
        if let format, format != .csv, format != .json {
            throw ValidationError("--check writes csv or json (JSON Lines), not \(format.rawValue)")
        }
        if column?.isEmpty == true || normColumn?.isEmpty == true {
            throw ValidationError("--column and --norm-column need a column name")
        }
    }

    func validateUnused() throws {
        if column != nil || normColumn != nil {
            throw ValidationError("--column and --norm-column go with --check FILE.csv")
        }
    }

    /// Streams the file through, rows to standard output and each row that cannot be
    /// answered to standard error; exits 1 when there was any, 2 when the file cannot be
    /// gone through at all.
    func answer(_ path: String, from report: ExcusalReport, norm: NormKey?, format: ExcusalFormat?) throws {
        let name = path == "-" ? "<stdin>" : path
        let input = path == "-" ? FileHandle.standardInput.fileDescriptor : open(path, O_RDONLY)
        guard input >= 0 else {
            throw fail("Error: cannot read \(path): \(String(cString: strerror(errno)))")
        }
        defer { if path != "-" { close(input) } }
        let choice: BulkCheck.NormChoice = normColumn.map { .column($0) } ?? .fixed(norm ?? NormKey(""))
        let bulk = BulkCheck(report: report, norm: choice, instantColumn: column ?? "timestamp",
                             format: format == .json ? .jsonLines : .csv, inputName: name)
        var output = FileDescriptorSink(fileDescriptor: FileHandle.standardOutput.fileDescriptor)
        var errors = BufferedWriter(sink: FileDescriptorSink(fileDescriptor: FileHandle.standardError.fileDescriptor))
        let summary: BulkCheck.Summary
        do {
            summary = try bulk.run(input: FileDescriptorSource(fileDescriptor: input), output: &output) { diagnostic in
                try errors.write(diagnostic.description + "\n")
            }
            try errors.flush()
        } catch let error as BulkCheckError {
            try? errors.flush()
            throw fail(error.line.map { "\(name):\($0):1: error: \(error.message)" } ?? "Error: \(error.message)")
        }
        if summary.unanswered > 0 { throw ExitCode(ExitStatus.negative) }
    }

    private func fail(_ message: String) -> ExitCode {
        FileHandle.standardError.write(Data((message + "\n").utf8))
        return ExitCode(ExitStatus.badInput)
    }
}
