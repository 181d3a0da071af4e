/// Everything one invocation measured, in the shape `--format json` prints.
struct BenchReport: Codable {
    var tool: String
    var seed: UInt64
    var runs: Int
    var cores: Int
    var sessions: [SessionReport]
    var scaling: [ScalingRow]?
    /// Targets that were missed badly enough to fail the bench (a rebuild that rewrote files).
    var failures: [String]
}

/// The measurements for one corpus size.
struct SessionReport: Codable {
    var incidents: Int
    var corpus: CorpusSummary
    var rows: [ResultRow]
    var notes: [String]
}

/// The corpus a session measured, so two reports can be compared.
struct CorpusSummary: Codable {
    var origin: String
    var files: Int
    var bytes: Int
    /// FNV-1a of every path and byte, hexadecimal.
    var digest: String
    var changedForRebuild: String
}

/// One line of the table.
struct ResultRow: Codable {
    var operation: String
    var incidents: Int
    var medianSeconds: Double
    var perIncidentMicroseconds: Double
    var peakRSSMegabytes: Double?
    /// True when the peak may be the bench's own, inherited at spawn (Linux `ru_maxrss`).
    var peakRSSIsUpperBound: Bool?
    var floorRatio: Double?
    var target: String
    var verdict: String
    var filesWritten: [Int]?
    var runSeconds: [Double]
}

/// Per-incident cost at 1,000 and 10,000 incidents: does the cost grow linearly?
struct ScalingRow: Codable {
    var operation: String
    var smallIncidents: Int
    var largeIncidents: Int
    var smallPerIncidentMicroseconds: Double
    var largePerIncidentMicroseconds: Double
    var ratio: Double
    var target: String
    var verdict: String
}
