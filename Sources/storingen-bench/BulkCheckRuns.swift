import Foundation

/// Measures `excused --check` on 100,000 and 1,000,000 generated rows against the same
/// corpus, next to its floor: loading the corpus (`check`) is what every run pays first,
/// and the target is that floor plus 1.5 µs per row.
struct BulkCheckRuns {
    static let rowCounts = [100_000, 1_000_000]
    /// Office-hour windows, many and short: a real binary search per row. The generated
    /// corpus has an outage every few hours, so norms with a day of grace merge into a
    /// handful of windows of thousands of incidents, whose `incidents` field alone would
    /// be over 200 KB a row.
    static let norm = "phone-reachability"
    static let targetMicrosecondsPerRow = 1.5

    let tool: StoringenTool
    let workspace: BenchWorkspace
    let runs: Int
    let seed: UInt64
    let progress: (String) -> Void

    /// One row per file size. Each run of `excused --check` follows a run of `check` on
    /// the same corpus, and the floor is the median of those: on shared cores a floor
    /// measured minutes earlier, under another load, says little about this run.
    func measure(incidents: Int) throws -> (rows: [ResultRow], notes: [String]) {
        var rows: [ResultRow] = []
        for count in Self.rowCounts {
            let path = workspace.root + "/rows-\(count).csv"
            progress("writing \(count) CSV rows, then measuring excused --check after check, \(runs)×")
            try BulkRowsFile(rows: count, seed: seed).write(to: path)
            defer { try? FileManager.default.removeItem(atPath: path) }
            var floor = MeasuredRuns()
            var measured = MeasuredRuns()
            for _ in 0..<runs {
                floor.record(try run(BenchOperation.check.arguments(in: workspace) ?? []))
                measured.record(try run(checkArguments(path)))
            }
            rows.append(row(count, measured, incidents: incidents, floor: floor.medianSeconds))
        }
        let notes = [
            "excused --check rows (--norm \(Self.norm)): × floor and µs/row against check (loading the corpus), "
                + "run just before each run; target ≤ check + \(Self.targetMicrosecondsPerRow) µs/row (1.5 s at "
                + "1,000,000 rows); rows mix RFC 3339, YYYY-MM-DD HH:MM, Unix seconds and Dutch long forms; output to /dev/null",
        ]
        return (rows, notes)
    }

    private func checkArguments(_ path: String) -> [String] {
        ["excused", "--norm", Self.norm, "--check", path, "--as-of", BenchOperation.asOf,
         "--incidents", workspace.incidents, "--site", workspace.site]
    }

    private func run(_ arguments: [String]) throws -> ChildProcessResult {
        let result = try ChildProcess.run(tool.executable, arguments, standardError: workspace.log)
        guard result.exitStatus == .exited(0) else {
            let stderr = (try? String(contentsOfFile: workspace.log, encoding: .utf8)) ?? ""
            throw BenchError.unexpectedExit(
                command: "storingen " + arguments.joined(separator: " "), status: result.exitStatus.description,
                stderr: String(stderr.split(separator: "\n").prefix(20).joined(separator: "\n")))
        }
        return result
    }

    private func row(_ count: Int, _ runs: MeasuredRuns, incidents: Int, floor: Double) -> ResultRow {
        let median = runs.medianSeconds
        let perRow = (median - floor) * 1e6 / Double(count)
        let verdict = floor > 0
            ? String(format: "%@, %.2f µs/row over check (%.3f s)",
                     perRow <= Self.targetMicrosecondsPerRow ? "ok" : "MISSED: time", perRow, floor)
            : "no check run to compare"
        return ResultRow(
            operation: "excused --check, \(count.formatted()) rows", incidents: incidents, medianSeconds: median,
            perIncidentMicroseconds: median * 1e6 / Double(max(incidents, 1)),
            peakRSSMegabytes: runs.medianPeakRSSBytes.map { Double($0) / 1_048_576 },
            peakRSSIsUpperBound: runs.peakIsUpperBoundOnly,
            floorRatio: floor > 0 ? median / floor : nil, target: "≤ check + 1.5 µs/row", verdict: verdict,
            filesWritten: nil, runSeconds: runs.wallSeconds)
    }
}
