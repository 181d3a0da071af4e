import Foundation

/// Locates test fixtures next to the test sources, without SwiftPM resources, so the
/// same files are what a developer edits and what the tests read.
public enum Fixtures {
    /// `Tests/<Target>/Fixtures/` of the test file calling this.
    public static func directory(filePath: String = #filePath) -> URL {
        var url = URL(fileURLWithPath: filePath).deletingLastPathComponent()
        while url.pathComponents.count > 1, url.deletingLastPathComponent().lastPathComponent != "Tests" {
            url.deleteLastPathComponent()
        }
        return url.appendingPathComponent("Fixtures")
    }

    /// The text of `Fixtures/<name>`.
    public static func text(_ name: String, filePath: String = #filePath) throws -> String {
        try String(contentsOf: directory(filePath: filePath).appendingPathComponent(name), encoding: .utf8)
    }

    /// The repository's root folder (where `Package.swift` is).
    public static func repositoryRoot(filePath: String = #filePath) -> URL {
        var url = URL(fileURLWithPath: filePath).deletingLastPathComponent()
        while url.pathComponents.count > 1,
              !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
            url.deleteLastPathComponent()
        }
        return url
    }

    /// A fresh empty folder inside `scratchRoot`.
    public static func temporaryDirectory(_ label: String = "storingen-tests") throws -> URL {
        let url = scratchFile("\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A path inside `scratchRoot` for a file a test creates itself.
    public static func scratchFile(_ name: String) -> URL {
        scratchRoot.appendingPathComponent(name)
    }

    /// One folder per test process, removed when the process exits, so a test run
    /// (hundreds of built sites) leaves nothing behind in the system's temporary folder.
    public static let scratchRoot: URL = {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("storingen-tests-\(getpid())-\(UUID().uuidString)", isDirectory: true)
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(at: Fixtures.scratchRoot) }
        return url
    }()
}
