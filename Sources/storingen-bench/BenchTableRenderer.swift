import Foundation

/// The human-readable report: one table of every session's rows, its notes, and the
/// scaling comparison when there is one.
enum BenchTableRenderer {
    static func render(_ report: BenchReport) -> String {
        var table = TextTable(
            headers: ["operation", "N", "median", "µs/incident", "peak RSS", "× floor", "target", "verdict"],
            rightAligned: [1, 2, 3, 4, 5])
        var lines = ["storingen-bench: \(report.tool)",
                     "seed \(report.seed), median of \(report.runs) runs, \(report.cores) cores"]
        for session in report.sessions {
            let corpus = session.corpus
            lines.append("corpus N=\(session.incidents): \(corpus.origin), \(corpus.files) files, "
                + "\(SessionRows.megabytes(corpus.bytes)) MB (\(corpus.bytes / max(corpus.files, 1)) bytes each), "
                + "digest \(corpus.digest)")
            for row in session.rows {
                table.rows.append([
                    row.operation, String(row.incidents), String(format: "%.3f s", row.medianSeconds),
                    String(format: "%.1f", row.perIncidentMicroseconds),
                    peakRSS(of: row),
                    row.floorRatio.map { String(format: "%.1f×", $0) } ?? "—", row.target, row.verdict,
                ])
            }
        }
        lines += ["", table.rendered(), ""]
        for session in report.sessions {
            lines += session.notes.map { "N=\(session.incidents): \($0)" }
        }
        if let scaling = report.scaling, !scaling.isEmpty {
            var growth = TextTable(
                headers: ["operation", "µs/incident @1k", "µs/incident @10k", "ratio", "target", "verdict"],
                rightAligned: [1, 2, 3])
            for row in scaling {
                growth.rows.append([
                    row.operation, String(format: "%.1f", row.smallPerIncidentMicroseconds),
                    String(format: "%.1f", row.largePerIncidentMicroseconds), String(format: "%.2f", row.ratio),
                    row.target, row.verdict,
                ])
            }
            let sizes = "N=\(scaling[0].largeIncidents) vs N=\(scaling[0].smallIncidents)"
            lines += ["", "linear growth (per-incident cost, \(sizes))", "", growth.rendered()]
        }
        for failure in report.failures {
            lines.append("FAIL: \(failure)")
        }
        return lines.joined(separator: "\n")
    }

    /// "95.8 MB", with a star when the value may be the bench's own inherited peak.
    private static func peakRSS(of row: ResultRow) -> String {
        guard let megabytes = row.peakRSSMegabytes else { return "—" }
        return String(format: "%.1f MB", megabytes) + (row.peakRSSIsUpperBound == true ? "*" : "")
    }
}
