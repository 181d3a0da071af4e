import Testing
@testable import IncidentModel

/// Diagnostics print as compilers and GitHub Actions expect, and input text quoted in
/// them can neither forge a workflow command nor drive the terminal.
struct DiagnosticTests {
    @Test func printsLikeACompiler() {
        let diagnostic = Diagnostic.error(at: SourceLocation(path: "incidents/a.md", line: 3, column: 11), "unknown service `x`")
        #expect(diagnostic.description == "incidents/a.md:3:11: error: unknown service `x`")
    }

    @Test func escapesGitHubWorkflowCommands() {
        let diagnostic = Diagnostic.warning(at: SourceLocation(path: "in,c:1.md", line: 2, column: 1), "100% wrong\nreally")
        #expect(diagnostic.githubAnnotation == "::warning file=in%2Cc%3A1.md,line=2,col=1::100%25 wrong%0Areally")
    }

    /// `"\r\n"` is one `Character` in Swift, and a combining mark after a line break
    /// joins it into one too: escaping must look at every scalar.
    @Test(arguments: [
        ("a\r\n::warning file=evil.md::pwned", "a%0D%0A::warning file=evil.md::pwned"),
        ("a\n::error::x", "a%0A::error::x"),
        ("a\r::error::x", "a%0D::error::x"),
        ("a\n\u{301}::error::x", "a%0A\u{301}::error::x"),
        ("\u{1B}[31mred\u{1B}[0m", "\\u{1B}[31mred\\u{1B}[0m"),
        ("bell\u{7}del\u{7F}csi\u{9B}", "bell\\u{7}del\\u{7F}csi\\u{9B}"),
        ("50%0A", "50%250A"),
        ("tab\there", "tab\\u{9}here"),
    ])
    func annotationMessagesStayOnOneLine(message: String, escaped: String) {
        let annotation = Diagnostic.error(at: SourceLocation(path: "a.md", line: 1, column: 1), message).githubAnnotation
        #expect(annotation == "::error file=a.md,line=1,col=1::" + escaped)
        #expect(!annotation.unicodeScalars.contains { $0 == "\r" || $0 == "\n" || $0 == "\u{1B}" })
    }

    @Test(arguments: [
        ("evil\r\n::warning file=x.md::y.md", "evil%0D%0A%3A%3Awarning file=x.md%3A%3Ay.md"),
        ("a,b:c%d.md", "a%2Cb%3Ac%25d.md"),
        ("esc\u{1B}.md", "esc\\u{1B}.md"),
    ])
    func annotationPropertiesEscapeTheirSeparators(path: String, escaped: String) {
        let annotation = Diagnostic.warning(at: SourceLocation(path: path, line: 2, column: 3), "m").githubAnnotation
        #expect(annotation == "::warning file=\(escaped),line=2,col=3::m")
    }

    @Test(arguments: [
        ("title\r\n::error file=x::y", "title\\u{D}\\u{A}::error file=x::y"),
        ("\u{1B}]0;owned\u{7}", "\\u{1B}]0;owned\\u{7}"),
        ("gewoon tekst, met é en — streepje", "gewoon tekst, met é en — streepje"),
    ])
    func terminalLinesShowControlCharactersEscaped(message: String, shown: String) {
        let path = "dir\u{1B}/a\nb.md"
        let line = Diagnostic.error(at: SourceLocation(path: path, line: 4, column: 2), message).description
        #expect(line == "dir\\u{1B}/a\\u{A}b.md:4:2: error: " + shown)
        #expect(!line.unicodeScalars.contains { TerminalText.isControl($0) })
    }
}
