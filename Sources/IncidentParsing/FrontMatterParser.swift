import IncidentModel
import SourceYAML
import Yams

/// Reads the YAML front matter with Yams, keeping the position of every key and value,
/// and checks each key against docs/authoring.md (Front matter). Values stay uninterpreted YAML strings until
/// checked here, so `opened: 2023-12-13 12:23` is never turned into a YAML date.
struct FrontMatterParser {
    let source: SourceText
    /// The file line on which the YAML text starts (the line after `---`).
    let firstLine: Int
    let context: ParsingContext
    let reader: YAMLReader
    private(set) var diagnostics: [Diagnostic] = []

    init(source: SourceText, firstLine: Int, context: ParsingContext) {
        self.source = source
        self.firstLine = firstLine
        self.context = context
        self.reader = YAMLReader(source: source, firstLine: firstLine, label: "front matter")
    }

    mutating func parse(_ yaml: String) -> FrontMatter {
        var frontMatter = FrontMatter()
        let root: Node?
        switch reader.compose(yaml) {
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            isReadable = false
            return frontMatter
        case .success(let node):
            root = node
        }
        guard let root else { return frontMatter }
        guard case .mapping(let mapping) = root else {
            error(at: root.mark, "front matter must be `key: value` lines, such as `title: Storing bestellingen`")
            return frontMatter
        }
        for entry in reader.entries(of: mapping, allowed: FrontMatter.keys, diagnostics: &diagnostics) {
            frontMatter.writtenKeys.insert(entry.key)
            read(key: entry.key, keyLocation: entry.keyLocation, value: entry.value, into: &frontMatter)
        }
        return frontMatter
    }

    private mutating func read(key: String, keyLocation: SourceLocation, value: Node, into frontMatter: inout FrontMatter) {
        switch key {
        case "title":
            if let text = scalar(value, key: key) {
                if text.value.trimmingSpaces().isEmpty {
                    diagnostics.append(.error(at: text.location, "`title` is empty"))
                } else {
                    frontMatter.title = text
                }
            }
        case "services":
            frontMatter.services = list(value, key: key)?.compactMap { item in
                let service = ServiceKey(item.value)
                guard context.catalogue.service(service) != nil else {
                    diagnostics.append(.error(at: item.location, UnknownService.message(item.value, known: context.catalogue.serviceKeys)))
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
            break  // `entries(of:)` already reported the unknown key
        }
    }

    // MARK: - Value shapes

    private mutating func scalar(_ node: Node, key: String) -> Located<String>? {
        reader.scalar(node, key: key, required: true, diagnostics: &diagnostics)
    }

    private mutating func list(_ node: Node, key: String) -> [Located<String>]? {
        reader.list(node, key: key, example: "[orders, cancellations]", diagnostics: &diagnostics)
    }

    private mutating func choice<Value: RawRepresentable & CaseIterable>(
        _ node: Node, key: String, _ type: Value.Type
    ) -> Located<Value>? where Value.RawValue == String {
        reader.choice(node, key: key, type, diagnostics: &diagnostics)
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

    /// Whether the YAML itself could be read; without it, missing keys are not worth reporting.
    private(set) var isReadable = true

    private func location(_ mark: Mark?) -> SourceLocation {
        reader.location(mark)
    }

    private mutating func error(at mark: Mark?, _ message: String) {
        diagnostics.append(.error(at: location(mark), message))
    }
}
