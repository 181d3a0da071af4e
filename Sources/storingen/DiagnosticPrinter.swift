import Foundation
import IncidentModel

/// Prints diagnostics like a compiler (to standard error) and, under GitHub Actions,
/// also as workflow commands (to standard output) so they annotate the changed lines.
struct DiagnosticPrinter {
    var githubActions = ProcessInfo.processInfo.environment["GITHUB_ACTIONS"] == "true"

    func print(_ diagnostics: [Diagnostic]) {
        var standardError = ""
        var standardOutput = ""
        for diagnostic in diagnostics {
            standardError += diagnostic.description + "\n"
            if githubActions { standardOutput += diagnostic.githubAnnotation + "\n" }
        }
        FileHandle.standardError.write(Data(standardError.utf8))
        FileHandle.standardOutput.write(Data(standardOutput.utf8))
    }

    /// `checked 10 files: 2 errors, 1 warning`.
    static func summary(files: Int, diagnostics: [Diagnostic]) -> String {
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        return "checked \(files) file\(files == 1 ? "" : "s"): \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
    }
}
