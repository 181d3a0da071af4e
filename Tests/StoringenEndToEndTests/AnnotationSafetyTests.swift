import Foundation
import Testing
import TestSupport

/// Under GitHub Actions, `check` prints one `::error`/`::warning` line per diagnostic
/// and nothing else that starts with `::`, whatever the input files hold: line breaks,
/// CRLF, terminal escapes and `::` reach diagnostics through values, keys, headings,
/// file names, `site.yml` and theme files.
@Suite(.serialized)
struct AnnotationSafetyTests {
    static let forged = "\r\n::warning file=evil.md::pwned"

    func hostileProject() throws -> TemporaryProject {
        let project = try TemporaryProject("hostile")
        try project.write("site/site.yml", "baseURL: https://status.example.nl/\nlanguages: [\"nl\\r\\n::error::site\"]\n")
        try project.write("site/theme/home\(Self.forged).mustache", "{{#open}}\u{1B}[31m\r\n::error::theme\n")
        // A YAML escape in a value and a raw control character in a key.
        try project.write("incidents/value.md", "---\ntitle: Waarde\nservices: [\"order\\r\\n::warning file=evil.md::pwned\"]\n---\n## 2026-11-10 10:00 — Onderzoek\n")
        try project.write("incidents/key.md", "---\ntitle: Sleutel\nsta\u{1B}]0;owned\u{7}tus: x\n---\n## 2026-11-10 10:00 — Onderzoek\n")
        // An unknown status word with CR, LF-looking text and an escape sequence.
        try project.write("incidents/status.md", "---\ntitle: Status\n---\n## 2026-11-10 10:00 — Kla\u{1B}[2Jar\r::error::status\n")
        try project.write("incidents/crlf.md", "---\r\ntitle: CRLF\r\nservices: [\"x\\n::error::crlf\"]\r\n---\r\n## 2026-11-10 10:00 — Onderzoek\r\n")
        // A file name that holds a line break and `::`, and is empty.
        try project.write("incidents/name\(Self.forged).md", "")
        // A timestamp that does not exist, quoting the heading.
        try project.write("incidents/date.md", "---\ntitle: Datum\n---\n## 31-02-2026 10:00\u{85}::error::nel — Onderzoek\n")
        return project
    }

    @Test func everyAnnotationIsOneOfTheToolsOwnLines() throws {
        let project = try hostileProject()
        let output = try project.run(["check", "--as-of", "2026-11-23 12:00"], environment: ["GITHUB_ACTIONS": "true"])
        #expect(output.status == 1)
        let diagnostics = output.standardError.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        let summary = try #require(diagnostics.last)
        let counts = summary.split(separator: " ").compactMap { Int($0) }
        #expect(counts.count == 3 && counts[0] == 6, "\(summary)")
        let reported = counts.count == 3 ? counts[1] + counts[2] : -1
        #expect(diagnostics.count - 1 == reported, "one terminal line per diagnostic:\n\(output.standardError)")
        for line in diagnostics.dropLast() {
            #expect(line.contains(": error: ") || line.contains(": warning: "), "\(line)")
        }

        let annotations = output.standardOutput.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(annotations.count == reported, "one annotation per diagnostic:\n\(output.standardOutput)")
        for line in annotations {
            #expect(line.hasPrefix("::error file=") || line.hasPrefix("::warning file="), "\(line)")
            let properties = line.dropFirst(2).prefix { $0 != ":" }
            #expect(properties.contains(",line=") && properties.contains(",col="), "\(line)")
        }
        for stream in [output.standardOutput, output.standardError] {
            #expect(!stream.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" || (0x7F...0x9F).contains($0.value) },
                    "no raw control character reaches the terminal or the log")
            #expect(!stream.contains("\n::warning file=evil.md") && !stream.contains("\n::error::"))
        }
        #expect(output.standardError.contains("\\u{1B}"), "escape sequences are shown escaped:\n\(output.standardError)")
    }
}
