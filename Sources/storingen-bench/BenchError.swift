import Foundation

/// Why the bench stopped before printing a result.
enum BenchError: Error, CustomStringConvertible {
    /// A system call failed with this `errno`.
    case system(String, Int32)
    /// The corpus does not pass `storingen check`; carries the tool's diagnostics.
    case invalidCorpus(String)
    /// A command of the tool under test exited unexpectedly; carries its stderr.
    case unexpectedExit(command: String, status: String, stderr: String)
    /// The tool under test is missing or cannot run.
    case toolUnavailable(String)
    /// Two generations with the same N and seed differ.
    case nondeterministicCorpus(String)
    /// Input the bench cannot work with (an empty corpus folder, …).
    case unusableInput(String)

    var description: String {
        switch self {
        case .system(let call, let code): "\(call) failed: \(String(cString: strerror(code)))"
        case .invalidCorpus(let diagnostics): "the corpus has errors; not measuring:\n\(diagnostics)"
        case .unexpectedExit(let command, let status, let stderr): "`\(command)` \(status):\n\(stderr)"
        case .toolUnavailable(let reason): reason
        case .nondeterministicCorpus(let detail): "the generator is not deterministic: \(detail)"
        case .unusableInput(let reason): reason
        }
    }
}
