import IncidentModel

extension ThemeLoader {
    /// A `{{>name}}` or `{{<name}}` tag in a template's text (default delimiters).
    struct PartialReference: Sendable {
        var name: String
        var line: Int
        var column: Int
    }

    /// The partials a template includes, in order, with where each tag starts.
    static func partialReferences(in text: String) -> [PartialReference] {
        var references: [PartialReference] = []
        var line = 1
        var lineStart = text.utf8.startIndex
        var index = text.utf8.startIndex
        let bytes = text.utf8
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") {
                line += 1
                lineStart = bytes.index(after: index)
            } else if byte == UInt8(ascii: "{"), bytes[index...].starts(with: "{{".utf8) {
                var cursor = bytes.index(index, offsetBy: 2)
                cursor = skipSpaces(bytes, from: cursor)
                if cursor < bytes.endIndex, bytes[cursor] == UInt8(ascii: ">") || bytes[cursor] == UInt8(ascii: "<") {
                    cursor = skipSpaces(bytes, from: bytes.index(after: cursor))
                    let nameStart = cursor
                    while cursor < bytes.endIndex, isPartialNameByte(bytes[cursor]) { cursor = bytes.index(after: cursor) }
                    if nameStart < cursor {
                        references.append(PartialReference(
                            name: String(text[nameStart..<cursor]), line: line,
                            column: bytes.distance(from: lineStart, to: index) + 1))
                    }
                }
            }
            index = bytes.index(after: index)
        }
        return references
    }

    /// Replaces overrides that include each other in a loop with the built-in files (or
    /// drops them when there is none), reporting each loop once at the tag that closes it.
    static func breakCycles(
        in templates: inout [String: Template], builtIn: [String: Template], diagnostics: inout [Diagnostic]
    ) {
        // Each pass removes at least one override, so this ends.
        while let cycle = firstCycle(in: templates) {
            guard let culprit = cycle.dropLast().first(where: { templates[$0]?.isOverride == true }),
                let template = templates[culprit]
            else { return }  // a loop among built-in files only: nothing to fall back to
            let position = cycle.firstIndex(of: culprit)!
            let next = cycle[position + 1]
            let tag = partialReferences(in: template.text).first { $0.name == next }
            diagnostics.append(diagnostic(
                .recursivePartials(cycle.map { $0 + Theme.templateExtension }), path: template.path,
                line: tag?.line ?? 1, column: tag?.column ?? 1))
            templates[culprit] = builtIn[culprit]
        }
    }

    /// A loop of partial includes as `[a, b, a]`, searched in name order so the same theme
    /// always reports the same loop.
    static func firstCycle(in templates: [String: Template]) -> [String]? {
        let edges = templates.mapValues { template in
            partialReferences(in: template.text).map(\.name).filter { templates[$0] != nil }
        }
        var finished: Set<String> = []
        var path: [String] = []
        func visit(_ name: String) -> [String]? {
            if let start = path.firstIndex(of: name) { return Array(path[start...]) + [name] }
            guard !finished.contains(name) else { return nil }
            path.append(name)
            for next in edges[name] ?? [] {
                if let cycle = visit(next) { return cycle }
            }
            path.removeLast()
            finished.insert(name)
            return nil
        }
        for name in templates.keys.sorted() {
            if let cycle = visit(name) { return cycle }
        }
        return nil
    }

    private static func skipSpaces(_ bytes: String.UTF8View, from start: String.UTF8View.Index) -> String.UTF8View.Index {
        var cursor = start
        while cursor < bytes.endIndex, bytes[cursor] == UInt8(ascii: " ") || bytes[cursor] == UInt8(ascii: "\t") {
            cursor = bytes.index(after: cursor)
        }
        return cursor
    }

    private static func isPartialNameByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."),
            UInt8(ascii: "/"):
            true
        default:
            false
        }
    }
}
