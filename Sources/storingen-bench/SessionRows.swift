import Foundation

/// Turns one session's operation results and floors into table rows, notes, and failures.
struct SessionRows {
    private(set) var rows: [ResultRow] = []
    private(set) var notes: [String] = []
    private(set) var failures: [String] = []

    init(incidents: Int, results: [OperationResult], floors: FloorRuns) {
        var launcherPeak = 0
        for result in results {
            let floor = result.operation.needsBuildCommand ? floors.buildSeconds : floors.readAndParseSeconds
            var row = Self.row(result.operation.rawValue, incidents: incidents, runs: result.runs, floor: floor)
            row.filesWritten = result.filesWritten
            row.target = IssueTargets.target(for: result.operation)
            let verdict = IssueTargets.verdict(for: row, operation: result.operation)
            row.verdict = verdict.text
            if verdict.fails {
                failures.append("\(result.operation.rawValue) at N=\(incidents) wrote files, e.g. "
                    + result.writtenExamples.joined(separator: ", "))
            }
            rows.append(row)
            launcherPeak = max(launcherPeak, result.runs.launcherPeakRSSBytes)
        }
        rows.append(Self.row("floor: read all input", incidents: incidents, runs: floors.read, floor: nil))
        rows.append(Self.row("floor: read + libcmark", incidents: incidents, runs: floors.readAndParse, floor: nil))
        rows.append(Self.row("floor: write output", incidents: incidents, runs: floors.write, floor: nil))
        notes.append("floors run in process on every core; write floor: \(floors.writePlanSource) "
            + "(\(floors.writtenFiles) files, \(Self.megabytes(floors.writtenBytes)) MB)")
        notes.append("× floor: check/excused against read + libcmark, build rows against read + libcmark + write")
        if rows.contains(where: { $0.peakRSSIsUpperBound == true }) {
            notes.append("* at most this: Linux carries the parent's peak into a spawned child's ru_maxrss, and the "
                + "bench's own peak was \(Self.megabytes(launcherPeak)) MB")
        }
    }

    private static func row(_ name: String, incidents: Int, runs: MeasuredRuns, floor: Double?) -> ResultRow {
        let median = runs.medianSeconds
        return ResultRow(
            operation: name, incidents: incidents, medianSeconds: median,
            perIncidentMicroseconds: median * 1e6 / Double(max(incidents, 1)),
            peakRSSMegabytes: runs.medianPeakRSSBytes.map { Double($0) / 1_048_576 },
            peakRSSIsUpperBound: runs.medianPeakRSSBytes == nil ? nil : runs.peakIsUpperBoundOnly,
            floorRatio: floor.flatMap { $0 > 0 ? median / $0 : nil }, target: "", verdict: "",
            filesWritten: nil, runSeconds: runs.wallSeconds)
    }

    static func megabytes(_ bytes: Int) -> String {
        String(format: "%.1f", Double(bytes) / 1_048_576)
    }
}
