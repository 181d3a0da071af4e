import Foundation

/// The three floors of one corpus, each measured `runs` times in process.
struct FloorRuns {
    var read = MeasuredRuns()
    var readAndParse = MeasuredRuns()
    var write = MeasuredRuns()
    /// How many files and bytes the write floor wrote, and where that plan came from.
    var writtenFiles = 0
    var writtenBytes = 0
    var writePlanSource = ""

    /// Floor for `check` and `excused`: reading and parsing every input.
    var readAndParseSeconds: Double { readAndParse.medianSeconds }
    /// Floor for `build`: reading, parsing, and writing the output.
    var buildSeconds: Double { readAndParse.medianSeconds + write.medianSeconds }

    /// Measures the floors; the write plan mirrors the build's output when there is one,
    /// else the input's files and sizes.
    static func measure(_ workspace: BenchWorkspace, corpus: CorpusFiles, buildOutput: OutputSnapshot?,
                        runs: Int) throws -> FloorRuns {
        let measurer = FloorMeasurer(incidentsRoot: workspace.incidents)
        var floors = FloorRuns()
        let plan: [(path: String, size: Int)]
        if let buildOutput, !buildOutput.files.isEmpty {
            plan = buildOutput.files.map { ($0.key, $0.value.size) }.sorted { $0.path < $1.path }
            floors.writePlanSource = "as many files and bytes as the build wrote"
        } else {
            let input = OutputSnapshot(root: workspace.incidents)
            plan = corpus.relativePaths.map { ($0, input.files[$0]?.size ?? 0) }
            floors.writePlanSource = "as many files and bytes as the input (no build to copy)"
        }
        floors.writtenFiles = plan.count
        floors.writtenBytes = plan.reduce(0) { $0 + $1.size }
        for _ in 0..<runs {
            floors.read.wallSeconds.append(try timed { _ = try measurer.readEverything(parse: false) })
            floors.readAndParse.wallSeconds.append(try timed { _ = try measurer.readEverything(parse: true) })
            try? FileManager.default.removeItem(atPath: workspace.writeFloor)
            floors.write.wallSeconds.append(try timed { try measurer.write(plan, into: workspace.writeFloor) })
        }
        try? FileManager.default.removeItem(atPath: workspace.writeFloor)
        return floors
    }

    private static func timed(_ work: () throws -> Void) throws -> Double {
        let start = ContinuousClock.now
        try work()
        return (ContinuousClock.now - start).seconds
    }
}
