/// An incident's stable identifier: its `slug`, else its file name without `.md`.
/// It names the incident in URLs, feeds, the JSON API and excusal lists.
///
/// The id holds its text and the text's hash, worked out once when the id is made, in one
/// shared box: a site of 10,000 incidents looks ids up in tables millions of times (its
/// pages' links, a period's causes), where hashing ids of sixty bytes each time was 3% of
/// a build, and holds hundreds of thousands of ids (the incidents behind each window),
/// which a box makes eight bytes each. Ids with different hashes differ, so most unequal
/// ids are told apart without comparing their text.
public struct IncidentID: RawRepresentable, Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    private final class Text: Sendable {
        let value: String
        let hash: Int

        init(_ value: String) {
            self.value = value
            hash = value.hashValue
        }
    }

    private let text: Text

    public init(rawValue: String) { text = Text(rawValue) }
    public init(_ rawValue: String) { self.init(rawValue: rawValue) }
    public var rawValue: String { text.value }
    public var description: String { text.value }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.text.value < rhs.text.value }

    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.text === rhs.text || (lhs.text.hash == rhs.text.hash && lhs.text.value == rhs.text.value)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(text.hash)
    }

    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text.value)
    }
}

/// A key of the service catalogue (`orders`, `phone`, …); its own type so a norm key
/// can never be passed where a service is meant.
public struct ServiceKey: RawRepresentable, Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A key of the norm catalogue (`on-time-delivery`, `response-time`, …).
public struct NormKey: RawRepresentable, Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}
