import Foundation
import Testing

/// Golden-file assertions: generated text is compared with a file kept under the calling
/// test's `Fixtures/Snapshots/`. `RECORD_SNAPSHOTS=1 swift test` rewrites the files;
/// a recording run fails on purpose so that nobody mistakes it for a passing one.
public enum Snapshot {
    public static func assertMatches(
        _ actual: String, named name: String,
        filePath: String = #filePath, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        let url = Fixtures.directory(filePath: filePath).appendingPathComponent("Snapshots/\(name)")
        let recording = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
        guard !recording, let expected = try? String(contentsOf: url, encoding: .utf8) else {
            try? FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? actual.write(to: url, atomically: true, encoding: .utf8)
            Issue.record("recorded snapshot \(url.path); run the tests again without RECORD_SNAPSHOTS", sourceLocation: sourceLocation)
            return
        }
        if expected != actual {
            Issue.record(
                "snapshot \(name) differs (expected ← → actual):\n\(LineDiff.describe(expected: expected, actual: actual))\nre-record with RECORD_SNAPSHOTS=1 swift test",
                sourceLocation: sourceLocation)
        }
    }
}

/// A minimal line diff for readable snapshot failures.
public enum LineDiff {
    public static func describe(expected: String, actual: String) -> String {
        let old = expected.components(separatedBy: "\n")
        let new = actual.components(separatedBy: "\n")
        var lines: [String] = []
        for index in 0..<max(old.count, new.count) {
            let left = index < old.count ? old[index] : nil
            let right = index < new.count ? new[index] : nil
            guard left != right else { continue }
            if let left { lines.append("\(index + 1) - \(left)") }
            if let right { lines.append("\(index + 1) + \(right)") }
            if lines.count > 40 {
                lines.append("…")
                break
            }
        }
        return lines.joined(separator: "\n")
    }
}
