/// One problem found in the input, reported like a compiler does so that operators
/// can jump straight to it.
public struct Diagnostic: Error, Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Errors stop `build` and `excused`; warnings are only shown.
    public enum Severity: String, Sendable, Hashable, Codable {
        case error
        case warning
    }

    public var severity: Severity
    public var location: SourceLocation
    public var message: String

    public init(_ severity: Severity, at location: SourceLocation, _ message: String) {
        self.severity = severity
        self.location = location
        self.message = message
    }

    public static func error(at location: SourceLocation, _ message: String) -> Diagnostic {
        Diagnostic(.error, at: location, message)
    }

    public static func warning(at location: SourceLocation, _ message: String) -> Diagnostic {
        Diagnostic(.warning, at: location, message)
    }

    /// `path:line:column: error: message`, on one line whatever the input held: messages
    /// quote input files, and a raw escape sequence or line break from a file must
    /// neither drive the terminal nor forge a line of its own.
    public var description: String {
        "\(TerminalText.escaped(location.description)): \(severity.rawValue): \(TerminalText.escaped(message))"
    }

    /// The GitHub Actions workflow command that shows this diagnostic as an annotation
    /// on the offending line.
    public var githubAnnotation: String {
        let command = severity == .error ? "error" : "warning"
        let file = WorkflowCommandText.property(location.path)
        return "::\(command) file=\(file),line=\(location.line),col=\(location.column)::\(WorkflowCommandText.data(message))"
    }

    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        (lhs.location, lhs.severity.rawValue, lhs.message) < (rhs.location, rhs.severity.rawValue, rhs.message)
    }
}

extension Array where Element == Diagnostic {
    /// Whether any diagnostic is an error (warnings never block).
    public var containsErrors: Bool { contains { $0.severity == .error } }
}
