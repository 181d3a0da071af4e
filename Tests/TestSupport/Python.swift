import Foundation

/// Runs `python3` for the tests that check our output with independent Python libraries,
/// and tells whether those libraries are installed, so such tests can be skipped with a
/// reason instead of failing on a machine without them.
public enum Python {
    /// Whether `python3` runs and can import every module.
    public static func hasModules(_ modules: String...) -> Bool {
        let imports = modules.map { "import \($0)" }.joined(separator: "; ")
        return (try? run(["-c", imports]))?.status == 0
    }

    /// Runs `python3` with the arguments; stdout and stderr together.
    public static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Read to the end before waiting, so a full pipe can never block the child.
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// Writes text to a fresh temporary file (input is passed by path, never through a
    /// pipe the child might close early).
    public static func temporaryFile(_ text: String, suffix: String) throws -> URL {
        let url = Fixtures.scratchFile("input-\(UUID().uuidString)\(suffix)")
        try Data(text.utf8).write(to: url)
        return url
    }
}
