import Foundation
import OutputEncoding

/// A JSON document built as a literal, for the chat payloads whose shape (Slack blocks,
/// Adaptive Cards) is the receiver's and needs no Swift type of its own.
indirect enum JSONValue: Encodable, Sendable, Hashable, ExpressibleByStringLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral, ExpressibleByNilLiteral
{
    case string(String)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([String: JSONValue])

    init(stringLiteral value: String) { self = .string(value) }
    init(booleanLiteral value: Bool) { self = .bool(value) }
    init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
    init(dictionaryLiteral elements: (String, JSONValue)...) { self = .object(Dictionary(uniqueKeysWithValues: elements)) }
    init(nilLiteral: ()) { self = .null }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .string(let value): try container.encode(value)
        case .bool(let value): try container.encode(value)
        case .null: try container.encodeNil()
        case .array(let values): try container.encode(values)
        case .object(let members): try container.encode(members)
        }
    }
}

enum JSONBody {
    /// Sorted keys, unescaped slashes, indented: the same notification always gives the
    /// same bytes (so signatures and golden files are stable), and people can read it.
    static func encode(_ value: some Encodable) -> Data {
        Data((StableJSON.string(value) + "\n").utf8)
    }
}
