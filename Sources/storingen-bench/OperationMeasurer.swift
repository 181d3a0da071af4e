import Foundation

/// What measuring one CLI operation found.
struct OperationResult {
    var operation: BenchOperation
    var runs: MeasuredRuns
    /// Per run, how many output files the command wrote (rebuild operations only).
    var filesWritten: [Int]?
    /// Up to five of the files a "nothing changed" rebuild wrote, to name in the failure.
    var writtenExamples: [String] = []
}

/// Runs one CLI operation `runs` times as a child process with its output discarded,
/// doing each operation's untimed preparation (fresh output folder, changed incident).
struct OperationMeasurer {
    let tool: StoringenTool
    let workspace: BenchWorkspace
    let runs: Int
    let edit: CorpusEdit

    func measure(_ operation: BenchOperation) throws -> OperationResult {
        var result = OperationResult(operation: operation, runs: MeasuredRuns())
        let isRebuild = operation == .rebuildUnchanged || operation == .rebuildOneChanged
        let original = operation == .rebuildOneChanged ? try String(contentsOfFile: edit.path, encoding: .utf8) : nil
        defer {
            if let original { try? original.write(toFile: edit.path, atomically: false, encoding: .utf8) }
        }
        let output = operation.medium.flatMap(workspace.output(on:))
        if isRebuild, let output, !FileManager.default.fileExists(atPath: output) {
            _ = try runChecked(.buildDisk)
        }
        var written: [Int] = []
        for run in 0..<runs {
            if let medium = operation.medium, !isRebuild { workspace.removeOutput(on: medium) }
            if let original {
                try edit.editedText(original: original, run: run)
                    .write(toFile: edit.path, atomically: false, encoding: .utf8)
            }
            let before = isRebuild ? output.map(OutputSnapshot.init(root:)) : nil
            result.runs.record(try runChecked(operation))
            if let before, let output {
                let files = OutputSnapshot(root: output).filesWritten(since: before)
                written.append(files.count)
                if result.writtenExamples.isEmpty { result.writtenExamples = Array(files.prefix(5)) }
            }
        }
        result.filesWritten = isRebuild ? written : nil
        return result
    }

    /// One run; an exit status the operation does not allow stops the bench with its stderr.
    func runChecked(_ operation: BenchOperation) throws -> ChildProcessResult {
        guard let arguments = operation.arguments(in: workspace) else {
            throw BenchError.unusableInput("no \(operation.medium?.rawValue ?? "") folder for \(operation.rawValue)")
        }
        let result = try ChildProcess.run(tool.executable, arguments, standardError: workspace.log)
        if case .exited(let code) = result.exitStatus, operation.acceptedExitCodes.contains(code) {
            return result
        }
        let stderr = (try? String(contentsOfFile: workspace.log, encoding: .utf8)) ?? ""
        throw BenchError.unexpectedExit(
            command: "storingen " + arguments.joined(separator: " "), status: result.exitStatus.description,
            stderr: String(stderr.split(separator: "\n", omittingEmptySubsequences: false).prefix(40)
                .joined(separator: "\n")))
    }

    /// Runs `storingen check` once with its output captured; any error stops the bench.
    func requireValidCorpus() throws {
        let arguments = BenchOperation.check.arguments(in: workspace) ?? []
        let captured = workspace.root + "/check-output.txt"
        let result = try ChildProcess.run(tool.executable, arguments, standardOutput: captured, standardError: captured)
        guard result.exitStatus != .exited(0) else { return }
        let output = (try? String(contentsOfFile: captured, encoding: .utf8)) ?? ""
        let lines = output.split(separator: "\n")
        throw BenchError.invalidCorpus(lines.prefix(60).joined(separator: "\n")
            + (lines.count > 60 ? "\n… \(lines.count - 60) more lines in \(captured)" : "")
            + "\n(`storingen check` \(result.exitStatus))")
    }
}
