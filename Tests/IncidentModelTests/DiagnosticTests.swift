import Testing
@testable import IncidentModel

/// Diagnostics print as compilers and GitHub Actions expect.
struct DiagnosticTests {
    @Test func printsLikeACompiler() {
        let diagnostic = Diagnostic.error(at: SourceLocation(path: "incidents/a.md", line: 3, column: 11), "unknown service `x`")
        #expect(diagnostic.description == "incidents/a.md:3:11: error: unknown service `x`")
    }

    @Test func escapesGitHubWorkflowCommands() {
        let diagnostic = Diagnostic.warning(at: SourceLocation(path: "in,c:1.md", line: 2, column: 1), "100% wrong\nreally")
        #expect(diagnostic.githubAnnotation == "::warning file=in%2Cc%3A1.md,line=2,col=1::100%25 wrong%0Areally")
    }
}
