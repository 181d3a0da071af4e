import IncidentModel
import Yams

/// Reads YAML (incident front matter, `site.yml`) with Yams and turns every position
/// into a `SourceLocation` of the file, so YAML problems are reported like all others.
public struct YAMLReader: Sendable {
    /// One `key: value` entry of a mapping, with where its key was written.
    public struct Entry {
        public var key: String
        public var keyLocation: SourceLocation
        public var value: Node
    }

    public let source: SourceText
    /// The file line on which the YAML text starts.
    public let firstLine: Int
    /// What the YAML is called in messages: "front matter", "site.yml".
    public let label: String

    public init(source: SourceText, firstLine: Int = 1, label: String) {
        self.source = source
        self.firstLine = firstLine
        self.label = label
    }

    /// The root node of `yaml` (nil when empty). Anchors and aliases are refused before
    /// Yams sees them, because Yams expands aliases silently.
    public func compose(_ yaml: String) -> Result<Node?, Diagnostic> {
        if let (line, column) = YAMLAnchorScanner.firstAnchorOrAlias(in: yaml) {
            return .failure(.error(
                at: source.location(line: firstLine + line - 1, column: column), Self.anchorsUnsupported(in: label)))
        }
        do {
            // The basic resolver keeps every scalar a string (no regex-driven type guessing),
            // and an explicit encoding stops Yams from reading the environment on every call.
            return .success(try Yams.compose(yaml: yaml, .basic, .default, .utf8))
        } catch {
            return .failure(diagnostic(for: error))
        }
    }

    /// The entries of a mapping whose keys are plain words; keys given twice and keys
    /// not in `allowed` are reported (with a suggestion for a likely typo) and skipped.
    public func entries(of mapping: Node.Mapping, allowed: [String], diagnostics: inout [Diagnostic]) -> [Entry] {
        var seen: [String: SourceLocation] = [:]
        var entries: [Entry] = []
        for (keyNode, value) in mapping {
            let keyLocation = location(keyNode.mark)
            guard case .scalar(let keyScalar) = keyNode else {
                diagnostics.append(.error(at: keyLocation, "\(label) keys must be plain words"))
                continue
            }
            let key = keyScalar.string
            if let first = seen[key] {
                diagnostics.append(.error(at: keyLocation, "`\(key)` is given twice; the first is on line \(first.line)"))
                continue
            }
            seen[key] = keyLocation
            guard allowed.contains(key) else {
                var message = "unknown \(label) key `\(key)`"
                if let suggestion = Self.closest(to: key, among: allowed) { message += "; did you mean `\(suggestion)`?" }
                message += (message.hasSuffix("?") ? " " : "; ") + "allowed keys: \(allowed.joined(separator: ", "))"
                diagnostics.append(.error(at: keyLocation, message))
                continue
            }
            entries.append(Entry(key: key, keyLocation: keyLocation, value: value))
        }
        return entries
    }

    /// Where a Yams mark is in the file (libyaml counts columns in scalars, we in bytes).
    public func location(_ mark: Mark?) -> SourceLocation {
        guard let mark else { return source.location(line: firstLine) }
        let line = firstLine + mark.line - 1
        return source.location(line: line, column: source.byteColumn(line: line, scalarColumn: mark.column))
    }

    /// The known word within two edits of `word`, to suggest for a typo.
    public static func closest(to word: String, among candidates: [String]) -> String? {
        candidates
            .map { ($0, EditDistance.between(word.lowercased(), $0)) }
            .filter { $0.1 <= 2 }
            .min { $0.1 < $1.1 }?.0
    }

    static func anchorsUnsupported(in label: String) -> String {
        "YAML anchors (`&name`) and aliases (`*name`) are not supported in \(label); if this is text, put it in quotes"
    }

    private func diagnostic(for error: Error) -> Diagnostic {
        guard let yamlError = error as? YamlError else {
            return .error(at: location(nil), "\(label) is not valid YAML: \(error)")
        }
        switch yamlError {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let detail = context.map { " (\($0.text))" } ?? ""
            return .error(at: location(mark), "\(label) is not valid YAML: \(problem)\(detail)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            let key = duplicates.first ?? "a key"
            let lines = topLevelLines(ofKey: key)
            if lines.count >= 2 {
                return .error(at: source.location(line: lines[1]), "`\(key)` is given twice; the first is on line \(lines[0])")
            }
            return .error(at: location(context.mark), "`\(key)` is given more than once")
        default:
            return .error(at: location(nil), "\(label) is not valid YAML: \(yamlError)")
        }
    }

    /// The file lines on which `key:` starts a top-level entry.
    private func topLevelLines(ofKey key: String) -> [Int] {
        let prefix = Array((key + ":").utf8)
        return (firstLine..<source.lineCount + 1).filter { source.lineBytes($0).starts(with: prefix) }
    }
}
