import Foundation

/// Turns one session's operation results, serve runs and floors into table rows, notes,
/// and failures.
struct SessionRows {
    private(set) var rows: [ResultRow] = []
    private(set) var notes: [String] = []
    private(set) var failures: [String] = []

    init(incidents: Int, results: [OperationResult], serve: ServeRuns.Result?, serveNow: ServeRuns.Result?, floors: FloorRuns) {
        var launcherPeak = 0
        for result in results {
            let floor = result.operation.medium.map { floors.buildSeconds(on: $0) } ?? floors.readAndParseSeconds
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
        if let serve {
            rows += Self.serveRows(serve, incidents: incidents, clock: "--as-of")
            if let reads = serve.readsDuringNewSettings { rows.append(Self.readRow(reads, incidents: incidents)) }
        }
        if let serveNow {
            let into = ServeRuns.intoMinute.components.seconds
            rows += Self.serveRows(serveNow, incidents: incidents, clock: "now, each save \(into) s into a new minute")
            if let atStart = serveNow.savesAsMinuteStarts {
                rows += Self.saveRows(atStart, incidents: incidents, clock: "now, each save as a minute starts")
            }
            if let before = serveNow.savesBeforeMinute {
                let early = Int(ServeRuns.beforeMinute / .milliseconds(1))
                rows += Self.saveRows(before, incidents: incidents, clock: "now, each save \(early) ms before a minute starts")
            }
        }
        rows.append(Self.row("floor: read all input", incidents: incidents, runs: floors.read, floor: nil))
        rows.append(Self.row("floor: read + libcmark", incidents: incidents, runs: floors.readAndParse, floor: nil))
        for medium in StorageMedium.allCases {
            guard let copy = floors.copy[medium] else { continue }
            rows.append(Self.row("floor: cp -r of the built tree, \(medium.rawValue)", incidents: incidents, runs: copy,
                                 floor: nil))
        }
        notes.append("read floors run in process on every core; the copy floors copy the tree the build wrote "
            + "(\(floors.copiedFiles) files, \(Self.megabytes(floors.copiedBytes)) MB) with /bin/cp -r on the same medium")
        notes.append("× floor: check/excused against read + libcmark, each build against read + libcmark + "
            + "cp -r on its medium")
        if floors.copy[.tmpfs] == nil {
            notes.append("no writable /dev/shm: the tmpfs rows are skipped")
        }
        if rows.contains(where: { $0.peakRSSIsUpperBound == true }) {
            notes.append("* at most this: Linux carries the parent's peak into a spawned child's ru_maxrss, and the "
                + "bench's own peak was \(Self.megabytes(launcherPeak)) MB")
        }
    }

    private static func serveRows(_ serve: ServeRuns.Result, incidents: Int, clock: String) -> [ResultRow] {
        var start = row("serve (\(clock)): first build until serving", incidents: incidents, runs: serve.firstBuild, floor: nil)
        start.peakRSSMegabytes = serve.peakRSSBytes.map { Double($0) / 1_048_576 }
        start.peakRSSIsUpperBound = false
        start.target = IssueTargets.serveFirstBuildTarget
        start.verdict = IssueTargets.serveFirstBuildVerdict(
            seconds: start.medianSeconds, megabytes: start.peakRSSMegabytes, incidents: incidents)
        return [start] + saveRows(serve.saves, incidents: incidents, clock: clock)
    }

    /// The rebuild a save's server reported, and the wait from the save to its page served.
    private static func saveRows(_ saves: ServeRuns.Saves, incidents: Int, clock: String) -> [ResultRow] {
        var rebuild = row("serve (\(clock)): rebuild, one incident saved", incidents: incidents, runs: saves.rebuild, floor: nil)
        rebuild.target = IssueTargets.serveRebuildTarget(incidents: incidents)
        rebuild.verdict = IssueTargets.serveRebuildVerdict(seconds: rebuild.medianSeconds, incidents: incidents)
        var served = row("serve (\(clock)): saved → new page served", incidents: incidents, runs: saves.served, floor: nil)
        served.target = "≤ 300 ms"
        served.verdict = IssueTargets.serveEditVerdict(seconds: served.medianSeconds)
        return [rebuild, served]
    }

    /// The answers to a reader while new settings made every page again: their median
    /// wait, the slowest against its target, and the server's peak with that render.
    private static func readRow(_ reads: ServeRuns.Reads, incidents: Int) -> ResultRow {
        let every = Int(ServeRuns.readInterval / .milliseconds(1))
        var read = row("serve (--as-of): a page asked for every \(every) ms while new settings rebuild every page",
                       incidents: incidents, runs: reads.answers, floor: nil)
        read.peakRSSMegabytes = reads.peakRSSBytes.map { Double($0) / 1_048_576 }
        read.peakRSSIsUpperBound = false
        read.target = "slowest ≤ \(Int(IssueTargets.readDuringRebuildSeconds * 1000)) ms, ≤ 250 MB @10k"
        var misses: [String] = []
        if reads.answers.wallSeconds.isEmpty || reads.slowestSeconds > IssueTargets.readDuringRebuildSeconds { misses.append("time") }
        if incidents == IssueTargets.incidents, (read.peakRSSMegabytes ?? 0) > IssueTargets.serveMemoryMegabytes { misses.append("memory") }
        read.verdict = (misses.isEmpty ? "ok" : "MISSED: " + misses.joined(separator: ", "))
            + String(format: "; slowest %.3f s of %d answers during a %.2f s rebuild",
                     reads.slowestSeconds, reads.answers.wallSeconds.count, reads.rebuildSeconds)
        return read
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
