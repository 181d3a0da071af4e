import ArgumentParser
import Foundation

/// `storingen-bench`: times the `storingen` CLI and `serve` on a deterministic synthetic
/// corpus against the floors of parsing the same input with libcmark and copying the
/// same output tree with `cp -r`, on disk and on tmpfs.
@main
struct StoringenBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "storingen-bench",
        abstract: "Measure storingen check, excused, build and serve on a synthetic corpus against their floors.")

    @Option(help: "How many incidents to generate.")
    var incidents = 1000

    @Option(help: "Seed of the corpus generator: the same N and seed write byte-identical files.")
    var seed: UInt64 = 1

    @Option(help: "Measure a copy of this existing incidents folder instead of generating one.")
    var corpus: String?

    @Option(help: "The storingen executable to measure (default: the one next to this executable).")
    var storingen: String?

    @Option(help: "Runs per measurement; the table shows the median.")
    var runs = 5

    @Flag(help: "Measure N=1000 and N=10000 and compare their per-incident costs (ignores --incidents).")
    var scaling = false

    @Option(help: "Output: text or json.")
    var format: ReportFormat = .text

    @Flag(help: "Generate the corpus twice and stop if the two differ in any byte.")
    var verifyDeterminism = false

    @Flag(help: "Keep the temporary folders (corpus, site output) and print where they are.")
    var keep = false

    func validate() throws {
        guard runs >= 1 else { throw ValidationError("--runs must be at least 1") }
        guard incidents >= 1 else { throw ValidationError("--incidents must be at least 1") }
        guard !(scaling && corpus != nil) else {
            throw ValidationError("--scaling generates its corpora; drop --corpus")
        }
    }

    func run() throws {
        let scratch = try TemporaryFolder(prefix: "storingen-bench")
        defer {
            if keep { Self.progress("kept \(scratch.path)") } else { scratch.remove() }
        }
        let tool = try StoringenTool(executable: storingen ?? StoringenTool.besideThisExecutable(),
                                     scratchFolder: scratch.path)
        var report = BenchReport(tool: tool.executable, seed: seed, runs: runs,
                                 cores: ProcessInfo.processInfo.activeProcessorCount, sessions: [], failures: [])
        for count in scaling ? [1000, 10_000] : [incidents] {
            let session = BenchmarkSession(
                incidentCount: count, seed: seed, runs: runs, existingCorpus: corpus,
                verifyDeterminism: verifyDeterminism, tool: tool, progress: Self.progress)
            let outcome = try session.run(in: scratch.appending("n\(count)"))
            report.sessions.append(outcome.report)
            report.failures += outcome.failures
        }
        if scaling {
            report.scaling = ScalingComparison.rows(small: report.sessions[0], large: report.sessions[1])
        }
        print(try format.render(report))
        if !report.failures.isEmpty {
            report.failures.forEach { Self.progress("FAIL: \($0)") }
            throw ExitCode.failure
        }
    }

    /// Progress goes to standard error so standard output holds only the report.
    static func progress(_ message: String) {
        FileHandle.standardError.write(Data("storingen-bench: \(message)\n".utf8))
    }
}
