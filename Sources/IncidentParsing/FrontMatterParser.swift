import IncidentModel
import Yams

/// Reads the YAML front matter with Yams, keeping the position of every key and value,
/// and checks each key against SPEC §3. Values stay uninterpreted YAML strings until
/// checked here, so `opened: 2023-12-13 12:23` is never turned into a YAML date.
struct FrontMatterParser {
    let source: SourceText
    /// The file line on which the YAML text starts (the line after `---`).
    let firstLine: Int
    let context: ParsingContext
    private(set) var diagnostics: [Diagnostic] = []

    init(source: SourceText, firstLine: Int, context: ParsingContext) {
        self.source = source
        self.firstLine = firstLine
        self.context = context
    }

    mutating func parse(_ yaml: String) -> FrontMatter {
        var frontMatter = FrontMatter()
        if let (line, column) = YAMLAnchorScanner.firstAnchorOrAlias(in: yaml) {
            let fileLine = firstLine + line - 1
            diagnostics.append(.error(at: source.location(line: fileLine, column: column), Self.anchorsUnsupported))
            isReadable = false
            return frontMatter
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch {
            report(error)
            isReadable = false
            return frontMatter
        }
        guard let root else { return frontMatter }
        guard case .mapping(let mapping) = root else {
            error(at: root.mark, "front matter must be `key: value` lines, such as `title: Storing bestellingen`")
            return frontMatter
        }
        var seen: [String: SourceLocation] = [:]
        for (keyNode, value) in mapping {
            guard case .scalar(let keyScalar) = keyNode else {
                error(at: keyNode.mark, "front matter keys must be plain words")
                continue
            }
            let key = keyScalar.string
            let keyLocation = location(keyNode.mark)
            if let first = seen[key] {
                diagnostics.append(.error(at: keyLocation, "`\(key)` is given twice; the first is on line \(first.line)"))
                continue
            }
            seen[key] = keyLocation
            frontMatter.writtenKeys.insert(key)
            read(key: key, keyLocation: keyLocation, value: value, into: &frontMatter)
        }
        return frontMatter
    }

    private mutating func read(key: String, keyLocation: SourceLocation, value: Node, into frontMatter: inout FrontMatter) {
        switch key {
        case "title":
            if let text = scalar(value, key: key) {
                if text.value.trimmingCharacters(in: .whitespaces).isEmpty {
                    diagnostics.append(.error(at: text.location, "`title` is empty"))
                } else {
                    frontMatter.title = text
                }
            }
        case "services":
            frontMatter.services = list(value, key: key)?.compactMap { item in
                let service = ServiceKey(item.value)
                guard context.catalogue.service(service) != nil else {
                    diagnostics.append(.error(at: item.location, "unknown service `\(item.value)`; known services: \(context.catalogue.serviceKeys.map(\.rawValue).joined(separator: ", "))"))
                    return nil
                }
                return Located(value: service, location: item.location)
            }
        case "norms":
            guard let items = list(value, key: key) else { return }
            var norms: [NormKey] = []
            for item in items {
                let norm = NormKey(item.value)
                if context.catalogue.norm(norm) == nil {
                    diagnostics.append(.error(at: item.location, "unknown norm `\(item.value)`; known norms: \(context.catalogue.normKeys.map(\.rawValue).joined(separator: ", "))"))
                } else {
                    norms.append(norm)
                }
            }
            frontMatter.norms = Located(value: norms, location: location(value.mark))
        case "impact":
            frontMatter.impact = choice(value, key: key, Impact.self)
        case "kind":
            frontMatter.kind = choice(value, key: key, IncidentKind.self)
        case "lang":
            frontMatter.language = choice(value, key: key, Language.self)
        case "opened":
            frontMatter.opened = timestamp(value, key: key)
        case "began":
            frontMatter.began = timestamp(value, key: key)
        case "scheduled":
            frontMatter.scheduled = scheduled(value)
        case "slug":
            guard let text = scalar(value, key: key) else { return }
            if text.value.range(of: "^[a-z0-9][a-z0-9-]*$", options: .regularExpression) == nil {
                diagnostics.append(.error(at: text.location, "`slug` may only use lowercase letters, digits and `-`, such as `2023-12-13-bestellingen`"))
            } else {
                frontMatter.slug = text
            }
        default:
            var message = "unknown front matter key `\(key)`"
            if let suggestion = Self.closest(to: key, among: FrontMatter.keys) {
                message += "; did you mean `\(suggestion)`?"
            }
            message += " Allowed keys: \(FrontMatter.keys.joined(separator: ", "))"
            diagnostics.append(.error(at: keyLocation, message))
        }
    }

    // MARK: - Value shapes

    private mutating func scalar(_ node: Node, key: String) -> Located<String>? {
        switch node {
        case .scalar(let scalar):
            if scalar.style == .plain, ["", "~", "null", "Null", "NULL"].contains(scalar.string) {
                error(at: node.mark, "`\(key)` needs a value")
                return nil
            }
            return Located(value: scalar.string, location: location(node.mark))
        case .alias:
            error(at: node.mark, Self.anchorsUnsupported)
        default:
            error(at: node.mark, "`\(key)` needs a single value")
        }
        return nil
    }

    private mutating func list(_ node: Node, key: String) -> [Located<String>]? {
        switch node {
        case .sequence(let sequence):
            var items: [Located<String>] = []
            for item in sequence {
                guard case .scalar(let scalar) = item else {
                    error(at: item.mark, "each entry of `\(key)` must be a single key")
                    continue
                }
                items.append(Located(value: scalar.string, location: location(item.mark)))
            }
            return items
        case .scalar(let scalar) where !scalar.string.isEmpty:
            return [Located(value: scalar.string, location: location(node.mark))]
        case .alias:
            error(at: node.mark, Self.anchorsUnsupported)
        default:
            error(at: node.mark, "`\(key)` needs a list such as `[orders, cancellations]`")
        }
        return nil
    }

    private mutating func choice<Value: RawRepresentable & CaseIterable>(
        _ node: Node, key: String, _ type: Value.Type
    ) -> Located<Value>? where Value.RawValue == String {
        guard let text = scalar(node, key: key) else { return nil }
        guard let value = Value(rawValue: text.value.lowercased()) else {
            let allowed = Value.allCases.map(\.rawValue).joined(separator: ", ")
            diagnostics.append(.error(at: text.location, "`\(key)` must be one of \(allowed), not `\(text.value)`"))
            return nil
        }
        return Located(value: value, location: text.location)
    }

    private mutating func timestamp(_ node: Node, key: String) -> Located<WrittenTimestamp>? {
        guard let text = scalar(node, key: key) else { return nil }
        guard let timestamp = TimestampParser.parse(text.value) else {
            diagnostics.append(.error(at: text.location, "`\(key)` is not a time I can read: `\(text.value)`; write it like `2023-12-13 12:23`"))
            return nil
        }
        return Located(value: timestamp, location: text.location)
    }

    private mutating func scheduled(_ node: Node) -> Located<FrontMatter.ScheduledText>? {
        guard let text = scalar(node, key: "scheduled") else { return nil }
        let parts = text.value.components(separatedBy: "..")
        guard parts.count == 2 else {
            diagnostics.append(.error(at: text.location, "`scheduled` needs a start and an end: `2025-06-10 22:00 .. 2025-06-11 02:00`"))
            return nil
        }
        var located: [Located<WrittenTimestamp>] = []
        var column = text.location.column
        for part in parts {
            let leading = part.prefix { $0 == " " }.utf8.count
            let location = SourceLocation(path: text.location.path, line: text.location.line, column: column + leading)
            if let timestamp = TimestampParser.parse(part) {
                located.append(Located(value: timestamp, location: location))
            } else {
                diagnostics.append(.error(at: location, "`scheduled` has a time I cannot read: `\(part.trimmingCharacters(in: .whitespaces))`; write it like `2025-06-10 22:00`"))
            }
            column += part.utf8.count + 2
        }
        guard located.count == 2 else { return nil }
        return Located(value: FrontMatter.ScheduledText(start: located[0], end: located[1]), location: text.location)
    }

    // MARK: - Locations and errors

    /// Anchors would let a few lines of YAML expand into huge values; front matter never needs them.
    private static let anchorsUnsupported = "YAML anchors (`&name`) and aliases (`*name`) are not supported in front matter; if this is text, put it in quotes"

    /// Whether the YAML itself could be read; without it, missing keys are not worth reporting.
    private(set) var isReadable = true

    private func location(_ mark: Mark?) -> SourceLocation {
        guard let mark else { return source.location(line: firstLine) }
        let line = firstLine + mark.line - 1
        return source.location(line: line, column: source.byteColumn(line: line, scalarColumn: mark.column))
    }

    private mutating func error(at mark: Mark?, _ message: String) {
        diagnostics.append(.error(at: location(mark), message))
    }

    private mutating func report(_ error: Error) {
        guard let yamlError = error as? YamlError else {
            diagnostics.append(.error(at: location(nil), "front matter is not valid YAML: \(error)"))
            return
        }
        switch yamlError {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let detail = context.map { " (\($0.text))" } ?? ""
            diagnostics.append(.error(at: location(mark), "front matter is not valid YAML: \(problem)\(detail)"))
        case .duplicatedKeysInMapping(let duplicates, let context):
            for key in duplicates {
                let lines = topLevelLines(ofKey: key)
                if lines.count >= 2 {
                    diagnostics.append(.error(at: source.location(line: lines[1]), "`\(key)` is given twice; the first is on line \(lines[0])"))
                } else {
                    diagnostics.append(.error(at: location(context.mark), "`\(key)` is given more than once"))
                }
            }
        default:
            diagnostics.append(.error(at: location(nil), "front matter is not valid YAML: \(yamlError)"))
        }
    }

    /// The file lines on which `key:` starts a top-level entry.
    private func topLevelLines(ofKey key: String) -> [Int] {
        let prefix = Array((key + ":").utf8)
        return (firstLine..<source.lineCount + 1).filter { source.lineBytes($0).starts(with: prefix) }
    }

    /// The known key within two edits of `key`, to suggest for a typo.
    static func closest(to key: String, among candidates: [String]) -> String? {
        candidates
            .map { ($0, EditDistance.between(key.lowercased(), $0)) }
            .filter { $0.1 <= 2 }
            .min { $0.1 < $1.1 }?.0
    }
}
