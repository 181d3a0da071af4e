import IncidentModel
import Yams

/// The shapes a value of front matter, `site.yml` or a notify target can have (one
/// value, a list, a map keyed by name, a whole number, one of a fixed set), read with
/// their positions. One implementation, so every file reports a wrong shape in the
/// same words.
extension YAMLReader {
    /// A single value. `required`: an empty or `null` value is a mistake, not a value.
    public func scalar(_ node: Node, key: String, required: Bool = false, diagnostics: inout [Diagnostic]) -> Located<String>? {
        guard case .scalar(let scalar) = node else {
            diagnostics.append(.error(at: location(node.mark), "`\(key)` needs a single value"))
            return nil
        }
        if required, scalar.style == .plain, ["", "~", "null", "Null", "NULL"].contains(scalar.string) {
            diagnostics.append(.error(at: location(node.mark), "`\(key)` needs a value"))
            return nil
        }
        return Located(value: scalar.string, location: location(node.mark))
    }

    /// A list such as `[a, b]`, or one value standing for a list of one; nil when the
    /// node is neither. `example` shows the reader what a list of this key looks like.
    public func list(
        _ node: Node, key: String, example: String = "[a, b]", diagnostics: inout [Diagnostic]
    ) -> [Located<String>]? {
        switch node {
        case .sequence(let sequence):
            return sequence.compactMap { item in
                guard case .scalar(let scalar) = item else {
                    diagnostics.append(.error(at: location(item.mark), "each entry of `\(key)` must be a single value"))
                    return nil
                }
                return Located(value: scalar.string, location: location(item.mark))
            }
        case .scalar(let scalar) where !scalar.string.isEmpty:
            return [Located(value: scalar.string, location: location(node.mark))]
        default:
            diagnostics.append(.error(at: location(node.mark), "`\(key)` needs a list such as `\(example)`"))
            return nil
        }
    }

    /// The entries of a map keyed by plain names, such as `orders: {nl: Bestellingen}`.
    public func namedEntries(_ node: Node, key: String, diagnostics: inout [Diagnostic]) -> [(Located<String>, Node)] {
        guard case .mapping(let mapping) = node else {
            diagnostics.append(.error(
                at: location(node.mark), "`\(key)` needs entries keyed by name, such as `orders: {nl: Bestellingen}`"))
            return []
        }
        return mapping.compactMap { keyNode, value in
            guard case .scalar(let scalar) = keyNode else {
                diagnostics.append(.error(at: location(keyNode.mark), "`\(key)` entries must be keyed by a plain name"))
                return nil
            }
            return (Located(value: scalar.string, location: location(keyNode.mark)), value)
        }
    }

    /// A whole number within `range`.
    public func integer(_ node: Node, key: String, in range: ClosedRange<Int>, diagnostics: inout [Diagnostic]) -> Int? {
        guard let text = scalar(node, key: key, diagnostics: &diagnostics) else { return nil }
        guard let value = Int(text.value), range.contains(value) else {
            diagnostics.append(.error(
                at: text.location, "`\(key)` must be a whole number from \(range.lowerBound) to \(range.upperBound)"))
            return nil
        }
        return value
    }

    /// One of the cases of `Value`, written in any letter case.
    public func choice<Value: RawRepresentable & CaseIterable>(
        _ node: Node, key: String, _ type: Value.Type, diagnostics: inout [Diagnostic]
    ) -> Located<Value>? where Value.RawValue == String {
        guard let text = scalar(node, key: key, required: true, diagnostics: &diagnostics) else { return nil }
        guard let value = Value(rawValue: text.value.lowercased()) else {
            let allowed = Value.allCases.map(\.rawValue).joined(separator: ", ")
            diagnostics.append(.error(at: text.location, "`\(key)` must be one of \(allowed), not `\(text.value)`"))
            return nil
        }
        return Located(value: value, location: text.location)
    }
}
