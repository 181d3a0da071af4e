/// The facts a file was made from, compared by identity: a snapshot keeps the facts
/// object of every incident that did not change (see `SiteSnapshot.init(previous:)`),
/// so "the same objects" means "nothing these files show changed", checked in a
/// pointer comparison per incident instead of comparing their texts. The cache that
/// holds these keeps the objects alive, so an identity is never reused by another.
public struct SameFacts: Equatable, Sendable {
    private let facts: [IncidentFacts]

    public init(_ facts: some Sequence<IncidentFacts>) {
        self.facts = Array(facts)
    }

    public static func == (lhs: SameFacts, rhs: SameFacts) -> Bool {
        lhs.facts.count == rhs.facts.count && zip(lhs.facts, rhs.facts).allSatisfy { $0 === $1 }
    }
}
