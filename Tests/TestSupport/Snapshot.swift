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
        guard !recording, let data = try? Data(contentsOf: url) else {
            try? FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? Data(actual.utf8).write(to: url)
            Issue.record("recorded snapshot \(url.path); run the tests again without RECORD_SNAPSHOTS", sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        if Data(actual.utf8) != data {
            Issue.record(
                "snapshot \(name) differs (expected ← → actual):\n\(LineDiff.describe(expected: expected, actual: actual))\nre-record with RECORD_SNAPSHOTS=1 swift test",
                sourceLocation: sourceLocation)
        }
    }
}

/// A minimal line diff (longest common subsequence), enough to read a golden-file mismatch.
public enum LineDiff {
    public static func describe(expected: String, actual: String) -> String {
        let old = lines(expected)
        let new = lines(actual)
        // lengths[i][j]: LCS length of old[i...] and new[j...].
        var lengths = [[Int]](repeating: [Int](repeating: 0, count: new.count + 1), count: old.count + 1)
        for i in stride(from: old.count - 1, through: 0, by: -1) {
            for j in stride(from: new.count - 1, through: 0, by: -1) {
                lengths[i][j] = old[i] == new[j] ? lengths[i + 1][j + 1] + 1 : max(lengths[i + 1][j], lengths[i][j + 1])
            }
        }
        var output: [String] = []
        var i = 0
        var j = 0
        while i < old.count || j < new.count {
            if i < old.count, j < new.count, old[i] == new[j] {
                i += 1
                j += 1
            } else if i < old.count, j == new.count || lengths[i + 1][j] >= lengths[i][j + 1] {
                output.append("-\(i + 1): \(old[i])")
                i += 1
            } else {
                output.append("+\(j + 1): \(new[j])")
                j += 1
            }
        }
        return output.joined(separator: "\n")
    }

    /// Lines with carriage returns made visible, since iCalendar needs them. Split on
    /// scalars: as Characters, "\r\n" is one grapheme that "\n" would never match.
    private static func lines(_ text: String) -> [String] {
        text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map {
            String(String.UnicodeScalarView($0)).replacingOccurrences(of: "\r", with: "␍")
        }
    }
}
