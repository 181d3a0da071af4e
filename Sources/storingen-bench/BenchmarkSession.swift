import Foundation

/// One corpus measured end to end: make or copy the corpus, insist that it checks
/// clean, time the CLI operations and `serve`, then the floors, and turn it all into
/// table rows.
struct BenchmarkSession {
    let incidentCount: Int
    let seed: UInt64
    let runs: Int
    /// An existing incidents folder to copy and measure instead of generating one.
    let existingCorpus: String?
    let verifyDeterminism: Bool
    let tool: StoringenTool
    let progress: (String) -> Void

    func run(in folder: String) throws -> (report: SessionReport, failures: [String]) {
        let workspace = try BenchWorkspace(root: folder)
        let edit = try prepareCorpus(in: workspace)
        let corpus = try CorpusFiles(root: workspace.incidents)
        guard !corpus.relativePaths.isEmpty else { throw BenchError.unusableInput("the corpus has no *.md files") }
        let measurer = OperationMeasurer(tool: tool, workspace: workspace, runs: runs, edit: edit)
        progress("checking the corpus once with storingen check")
        try measurer.requireValidCorpus()

        defer { workspace.removeTmpfs() }
        var results: [OperationResult] = []
        for operation in BenchOperation.allCases where tool.supportsBuild || !operation.needsBuildCommand {
            guard operation.arguments(in: workspace) != nil else { continue }
            progress("measuring \(operation.rawValue), \(runs)×")
            results.append(try measurer.measure(operation))
        }
        var serve: ServeRuns.Result?
        var serveNow: ServeRuns.Result?
        if tool.supportsBuild {
            progress("measuring serve --as-of: one start, then \(runs) saves of one incident")
            serve = try ServeRuns(tool: tool, workspace: workspace, edit: edit, runs: runs).measure()
            progress("measuring serve at now: one start, then \(runs) runs of three saves of one incident: as a minute "
                + "starts, \(ServeRuns.intoMinute.components.seconds) s into the next, "
                + "\(Int(ServeRuns.beforeMinute / .milliseconds(1))) ms before the one after")
            serveNow = try ServeRuns(tool: tool, workspace: workspace, edit: edit, runs: runs, clock: .newMinute).measure()
        }
        progress("measuring the floors, \(runs)×")
        let floors = try FloorRuns.measure(workspace, runs: runs)
        let bulk = try BulkCheckRuns(tool: tool, workspace: workspace, runs: runs, seed: seed, progress: progress)
            .measure(incidents: corpus.relativePaths.count)

        let rows = SessionRows(incidents: corpus.relativePaths.count, results: results, serve: serve, serveNow: serveNow, floors: floors)
        var notes = rows.notes
        if tool.supportsBuild {
            notes.insert("changed before each \"one incident changed\" run: \(edit.summary)", at: 0)
        } else {
            notes.insert("this storingen has no `build` command yet (not in its --help): build rows skipped", at: 0)
        }
        let summary = CorpusSummary(
            origin: existingCorpus.map { "copy of \($0)" } ?? "generated, seed \(seed)",
            files: corpus.relativePaths.count, bytes: corpus.byteCount,
            digest: String(corpus.digest, radix: 16), changedForRebuild: edit.summary)
        return (SessionReport(incidents: corpus.relativePaths.count, corpus: summary, rows: rows.rows + bulk.rows,
                              notes: notes + bulk.notes),
                rows.failures)
    }

    private func prepareCorpus(in workspace: BenchWorkspace) throws -> CorpusEdit {
        if let existingCorpus {
            progress("copying \(existingCorpus)")
            try FileManager.default.removeItem(atPath: workspace.incidents)
            try FileManager.default.copyItem(atPath: existingCorpus, toPath: workspace.incidents)
            guard let first = try CorpusFiles(root: workspace.incidents).relativePaths.first else {
                throw BenchError.unusableInput("\(existingCorpus) holds no *.md files")
            }
            return .appendParagraph(path: "\(workspace.incidents)/\(first)")
        }
        progress("generating \(incidentCount) incidents (seed \(seed))")
        let generator = CorpusGenerator(count: incidentCount, seed: seed)
        let edit = try generator.write(into: workspace.incidents)
        if verifyDeterminism {
            try DeterminismCheck(generator: generator).verify(against: workspace.incidents,
                                                              scratch: workspace.root + "/determinism-check")
            progress("determinism: a second generation is byte-identical")
        }
        return edit
    }
}
