import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What one run of a child process cost, measured by `wait4` for that child alone.
struct ChildProcessResult {
    var wallSeconds: Double
    /// The child's peak resident set (`ru_maxrss`), in bytes.
    var peakRSSBytes: Int
    /// The bench's own peak resident set when it started the child. Linux carries the
    /// parent's peak into a `posix_spawn`ed child's `ru_maxrss`, so a child value at or
    /// below this is only an upper bound of what the child needed.
    var launcherPeakRSSBytes: Int
    var exitStatus: ExitStatus
}

/// How a child ended.
enum ExitStatus: Equatable, CustomStringConvertible {
    case exited(Int32)
    case signalled(Int32)

    init(waitStatus: Int32) {
        let signal = waitStatus & 0x7F
        self = signal == 0 ? .exited((waitStatus >> 8) & 0xFF) : .signalled(signal)
    }

    var description: String {
        switch self {
        case .exited(let code): "exited with status \(code)"
        case .signalled(let signal): "was killed by signal \(signal)"
        }
    }
}

/// Starts a program with `posix_spawn`, its standard output and error sent to files
/// (`/dev/null` when measuring), and waits for it with `wait4` to get its own rusage.
enum ChildProcess {
    static func run(_ executable: String, _ arguments: [String],
                    standardOutput: String = "/dev/null", standardError: String = "/dev/null") throws
        -> ChildProcessResult
    {
        var fileActions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&fileActions)
        defer { posix_spawn_file_actions_destroy(&fileActions) }
        posix_spawn_file_actions_addopen(&fileActions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&fileActions, 1, standardOutput, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        if standardError == standardOutput {
            posix_spawn_file_actions_adddup2(&fileActions, 1, 2)  // one file, one offset: no overwriting
        } else {
            posix_spawn_file_actions_addopen(&fileActions, 2, standardError, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        }

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let environment = ProcessInfo.processInfo.environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            environment.forEach { free($0) }
        }
        let launcherPeak = Self.ownPeakRSSBytes()
        var pid = pid_t()
        let start = ContinuousClock.now
        let spawnError = posix_spawn(&pid, executable, &fileActions, nil, argv, environment)
        guard spawnError == 0 else { throw BenchError.system("posix_spawn \(executable)", spawnError) }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 {
            guard errno == EINTR else { throw BenchError.system("wait4", errno) }
        }
        let elapsed = ContinuousClock.now - start
        return ChildProcessResult(
            wallSeconds: elapsed.seconds, peakRSSBytes: Int(usage.ru_maxrss) * 1024,
            launcherPeakRSSBytes: launcherPeak, exitStatus: ExitStatus(waitStatus: status))
    }

    /// This process's peak resident set so far, in bytes.
    static func ownPeakRSSBytes() -> Int {
        var usage = rusage()
        getrusage(Int32(RUSAGE_SELF.rawValue), &usage)
        return Int(usage.ru_maxrss) * 1024
    }
}

extension Duration {
    /// The duration in seconds as a floating-point number.
    var seconds: Double {
        Double(components.seconds) + Double(components.attoseconds) * 1e-18
    }
}
