/// An incident's stable identifier: its `slug`, else its file name without `.md`.
/// It names the incident in URLs, feeds, the JSON API and excusal lists.
///
/// The text's hash is worked out once, when the id is made: a site of 10,000 incidents
/// looks ids up in tables millions of times (its pages' links, a period's causes), and
/// hashing ids of sixty bytes each time was 3% of a build. Ids with different hashes
/// differ, so most unequal ids are told apart without comparing their text.
public struct IncidentID: RawRepresentable, Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public let rawValue: String
    private let textHash: Int

    public init(rawValue: String) {
        self.rawValue = rawValue
        textHash = rawValue.hashValue
    }

    public init(_ rawValue: String) { self.init(rawValue: rawValue) }
    public var description: String { rawValue }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.textHash == rhs.textHash && lhs.rawValue == rhs.rawValue
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(textHash)
    }

    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
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
