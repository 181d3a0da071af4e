/// The targets of the issue "Speed at scale", stated for 10,000 incidents, and how a
/// row is judged against them. Times and memory are judged only at that size; the
/// floor ratio and "writes no file" hold at any size.
enum IssueTargets {
    static let incidents = 10_000
    static let queryLimitSeconds = 0.6
    static let buildLimitSeconds = 1.5
    static let buildFloorRatioLimit = 3.0
    static let buildMemoryLimitMegabytes = 300.0
    static let scalingRatioLimit = 1.3

    static func target(for operation: BenchOperation) -> String {
        switch operation {
        case .check, .excusedJSON, .excusedAt: "≤ 0.6 s @10k"
        case .build: "≤ 1.5 s, ≤ 3× floor, < 300 MB @10k"
        case .rebuildUnchanged: "writes no file"
        case .rebuildOneChanged: "(none stated)"
        }
    }

    /// The verdict text, and whether it fails the bench.
    static func verdict(for row: ResultRow, operation: BenchOperation) -> (text: String, fails: Bool) {
        let atTargetSize = row.incidents == incidents
        switch operation {
        case .check, .excusedJSON, .excusedAt:
            guard atTargetSize else { return ("judged @10k", false) }
            return row.medianSeconds <= queryLimitSeconds ? ("ok", false) : ("MISSED: time", false)
        case .build:
            var misses: [String] = []
            if let ratio = row.floorRatio, ratio > buildFloorRatioLimit { misses.append("×floor") }
            if atTargetSize {
                if row.medianSeconds > buildLimitSeconds { misses.append("time") }
                if let memory = row.peakRSSMegabytes, memory >= buildMemoryLimitMegabytes { misses.append("memory") }
            }
            if !misses.isEmpty { return ("MISSED: " + misses.joined(separator: ", "), false) }
            return (atTargetSize ? "ok" : "×floor ok; s/MB @10k", false)
        case .rebuildUnchanged:
            let rewritten = row.filesWritten?.max() ?? 0
            return rewritten == 0 ? ("ok, files rewritten: 0", false) : ("FAILED, files rewritten: \(rewritten)", true)
        case .rebuildOneChanged:
            let median = Int(Median.of((row.filesWritten ?? []).map(Double.init)))
            return ("files rewritten: \(median)", false)
        }
    }

    static func scalingVerdict(ratio: Double) -> String {
        ratio <= scalingRatioLimit ? "ok" : "MISSED"
    }
}
