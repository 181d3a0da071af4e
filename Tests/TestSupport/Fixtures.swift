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

    /// A fresh empty folder under the system's temporary folder.
    public static func temporaryDirectory(_ label: String = "storingen-tests") throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("\(label)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
