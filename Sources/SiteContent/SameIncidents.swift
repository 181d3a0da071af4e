/// The incidents a file names, compared by what was written in them and their state
/// (`IncidentFacts.showsTheSameAsWritten`), not by the facts worked out at a moment: for
/// files that show the moment only through a placeholder, such as a past period's page,
/// and for lists of incidents as written (the archive, the Statuspage API), whose
/// unresolved incidents otherwise get new facts, and the file a new make, at every minute. Like `SameFacts`,
/// a pointer comparison per incident (two, for facts worked out again), and the facts
/// are held as they are: a period names up to thousands, at every save. The cache that
/// holds these keeps the facts alive, so an identity is never reused by another.
public struct SameIncidents: Equatable, Sendable {
    private let facts: [IncidentFacts]

    public init(_ facts: [IncidentFacts]) {
        self.facts = facts
    }

    public static func == (lhs: SameIncidents, rhs: SameIncidents) -> Bool {
        lhs.facts.count == rhs.facts.count
            && zip(lhs.facts, rhs.facts).allSatisfy { $0.showsTheSameAsWritten($1) }
    }
}
