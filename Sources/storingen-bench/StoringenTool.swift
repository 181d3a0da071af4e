import Foundation

/// The `storingen` executable under test: where it is and which commands it has.
struct StoringenTool {
    let executable: String
    /// False while the binary has no `build` command yet; the build rows are then skipped.
    let supportsBuild: Bool

    /// Checks that `executable` runs and reads its `--help` (captured in `scratchFolder`).
    init(executable: String, scratchFolder: String) throws {
        guard FileManager.default.isExecutableFile(atPath: executable) else {
            throw BenchError.toolUnavailable(
                "no storingen executable at \(executable); build it or pass --storingen PATH")
        }
        self.executable = executable
        let helpPath = scratchFolder + "/storingen-help.txt"
        let result = try ChildProcess.run(executable, ["--help"], standardOutput: helpPath)
        guard result.exitStatus == .exited(0) else {
            throw BenchError.toolUnavailable("`\(executable) --help` \(result.exitStatus)")
        }
        let help = (try? String(contentsOfFile: helpPath, encoding: .utf8)) ?? ""
        supportsBuild = help.split(separator: "\n").contains { line in
            line.trimmingCharacters(in: .whitespaces).hasPrefix("build ")
        }
    }

    /// `storingen` in the folder of this bench executable (the same build products folder).
    static func besideThisExecutable() -> String {
        let own = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments[0]
        return (own as NSString).deletingLastPathComponent + "/storingen"
    }
}
