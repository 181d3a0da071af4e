/// The repeated runs of one measured thing and the medians the table shows.
struct MeasuredRuns {
    var wallSeconds: [Double] = []
    /// Empty for in-process floors, which have no process of their own.
    var peakRSSBytes: [Int] = []
    /// The bench's own peak when it started the last child (see `ChildProcessResult`).
    var launcherPeakRSSBytes = 0

    mutating func record(_ result: ChildProcessResult) {
        wallSeconds.append(result.wallSeconds)
        peakRSSBytes.append(result.peakRSSBytes)
        launcherPeakRSSBytes = max(launcherPeakRSSBytes, result.launcherPeakRSSBytes)
    }

    var medianSeconds: Double { Median.of(wallSeconds) }
    var medianPeakRSSBytes: Int? { peakRSSBytes.isEmpty ? nil : Int(Median.of(peakRSSBytes.map(Double.init))) }

    /// True when the child's peak may only be the bench's own peak, inherited at spawn.
    var peakIsUpperBoundOnly: Bool {
        guard let median = medianPeakRSSBytes else { return false }
        return median <= launcherPeakRSSBytes + 1_048_576
    }
}

/// The median, which one slow run (another job on the shared cores) cannot move much.
enum Median {
    static func of(_ values: [Double]) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}
