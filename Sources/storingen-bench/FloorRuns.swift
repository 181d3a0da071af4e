import Foundation

/// The floors of one corpus, each measured `runs` times: reading every input, reading
/// and parsing it with libcmark (in process, on every core), and `cp -r` of the tree the
/// build wrote, on the same medium as that build.
struct FloorRuns {
    var read = MeasuredRuns()
    var readAndParse = MeasuredRuns()
    var copy: [StorageMedium: MeasuredRuns] = [:]
    /// How many files and bytes the copied tree holds.
    var copiedFiles = 0
    var copiedBytes = 0

    /// Floor for `check` and `excused`: reading and parsing every input.
    var readAndParseSeconds: Double { readAndParse.medianSeconds }

    /// Floor for a build on `medium`: parsing the input plus copying its output there.
    func buildSeconds(on medium: StorageMedium) -> Double? {
        copy[medium].map { readAndParse.medianSeconds + $0.medianSeconds }
    }

    /// Measures the floors; a medium without a build output gets no copy floor.
    static func measure(_ workspace: BenchWorkspace, runs: Int) throws -> FloorRuns {
        let measurer = FloorMeasurer(incidentsRoot: workspace.incidents)
        var floors = FloorRuns()
        for _ in 0..<runs {
            floors.read.wallSeconds.append(try timed { _ = try measurer.readEverything(parse: false) })
            floors.readAndParse.wallSeconds.append(try timed { _ = try measurer.readEverything(parse: true) })
        }
        for medium in StorageMedium.allCases {
            guard let output = workspace.output(on: medium), let copy = workspace.copy(on: medium),
                  FileManager.default.fileExists(atPath: output) else { continue }
            let tree = OutputSnapshot(root: output)
            floors.copiedFiles = tree.files.count
            floors.copiedBytes = tree.files.values.reduce(0) { $0 + $1.size }
            var runsOfCopy = MeasuredRuns()
            for _ in 0..<runs {
                try? FileManager.default.removeItem(atPath: copy)
                let result = try ChildProcess.run("/bin/cp", ["-r", output, copy])
                guard result.exitStatus == .exited(0) else {
                    throw BenchError.unusableInput("cp -r \(output) \(copy) \(result.exitStatus)")
                }
                runsOfCopy.wallSeconds.append(result.wallSeconds)
            }
            try? FileManager.default.removeItem(atPath: copy)
            floors.copy[medium] = runsOfCopy
        }
        return floors
    }

    private static func timed(_ work: () throws -> Void) throws -> Double {
        let start = ContinuousClock.now
        try work()
        return (ContinuousClock.now - start).seconds
    }
}
