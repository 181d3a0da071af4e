import Foundation
import TestSupport

/// Runs the built `storingen` executable, as a user or CI would.
struct CLI {
    struct Output {
        var status: Int32
        var standardOutput: String
        var standardError: String
    }

    /// The binary next to the test bundle (SwiftPM builds it for this test target), or
    /// `STORINGEN_BINARY` when set.
    static let binary: URL = {
        if let path = ProcessInfo.processInfo.environment["STORINGEN_BINARY"] { return URL(fileURLWithPath: path) }
        let candidates = [Bundle.main.bundleURL, URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()]
            .flatMap { [$0.appendingPathComponent("storingen"), $0.deletingLastPathComponent().appendingPathComponent("storingen")] }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
    }()

    static func run(
        _ arguments: [String], in directory: URL = Fixtures.repositoryRoot(),
        environment: [String: String] = [:], binary: URL = CLI.binary
    ) throws -> Output {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var base = ProcessInfo.processInfo.environment
        base.removeValue(forKey: "GITHUB_ACTIONS")
        process.environment = base.merging(environment) { $1 }
        let output = Pipe(), error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        // Read both pipes before waiting, so a full pipe cannot block the child.
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        let errData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(
            status: process.terminationStatus,
            standardOutput: String(decoding: outData, as: UTF8.self),
            standardError: String(decoding: errData, as: UTF8.self))
    }
}
