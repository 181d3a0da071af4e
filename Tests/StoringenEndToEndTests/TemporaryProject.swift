import Foundation
import TestSupport

/// A status-page project in a fresh temporary folder (`incidents/`, `site/`), written
/// file by file, for commands run as a user would run them.
struct TemporaryProject {
    let root: URL

    init(_ label: String = "project") throws {
        root = try Fixtures.temporaryDirectory(label)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("incidents"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("site"), withIntermediateDirectories: true)
    }

    /// Writes `text` to `path` (relative to the root), creating folders.
    func write(_ path: String, _ text: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func read(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path)
    }

    /// Runs `storingen` in the project's root.
    func run(_ arguments: [String], environment: [String: String] = [:]) throws -> CLI.Output {
        try CLI.run(arguments, in: root, environment: environment)
    }
}
