/// The incidents a file names, compared by what was written in them (`IncidentFacts.
/// revision`), not by the facts worked out at a moment: for files that show the moment
/// only through a placeholder, such as a past period's page, whose unresolved incidents
/// otherwise get new facts, and the page a new make, at every minute. Like `SameFacts`,
/// a pointer comparison per incident; the cache that holds these keeps the revisions
/// alive, so an identity is never reused by another.
public struct SameIncidents: Equatable, Sendable {
    private let revisions: [IncidentFacts.Revision]

    public init(_ facts: some Sequence<IncidentFacts>) {
        revisions = facts.map(\.revision)
    }

    public static func == (lhs: SameIncidents, rhs: SameIncidents) -> Bool {
        lhs.revisions.count == rhs.revisions.count && zip(lhs.revisions, rhs.revisions).allSatisfy { $0 === $1 }
    }
}
