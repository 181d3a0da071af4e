import Foundation

/// The moment a command describes: `--as-of`, else `SOURCE_DATE_EPOCH`, else the time the
/// command started. It is resolved once per command and handed to every stage as this one
/// value, so the site, the excused windows and the messages of one run describe the same
/// moment, and a site at any moment needs no corpus of its own.
///
/// At a moment, an update dated later has not been written yet: `known(_:)` gives each
/// incident as it stood then. Front-matter facts (`opened`, `began`, `scheduled`) belong
/// to the incident and stay.
public struct Moment: Sendable, Hashable, Comparable {
    /// The instant, absolute.
    public let instant: Date

    public init(_ instant: Date) {
        self.instant = instant
    }

    public static func < (lhs: Moment, rhs: Moment) -> Bool { lhs.instant < rhs.instant }

    /// `incident` as known at this moment: its updates dated at or before it, in the
    /// file's order. Nil when none is (an incident without updates is not known at any
    /// moment): an incident exists from its first update on.
    public func known(_ incident: Incident) -> Incident? {
        guard let first = incident.earliestInstant, first <= instant else { return nil }
        // The common case, nothing written ahead: the incident itself, nothing copied.
        if let last = incident.latestInstant, last <= instant { return incident }
        var cut = incident
        cut.updates = incident.updates.filter { $0.instant <= instant }
        return cut
    }

    /// The incidents known at this moment, each as it stood then, in the same order.
    public func known(_ incidents: [Incident]) -> [Incident] {
        // The common case, every update dated by now: the same array, where copying ten
        // thousand incidents would retain every field of each (`serve` does this per save).
        // By index: iterating copies each incident and each update out.
        if incidents.indices.allSatisfy({ !incidents[$0].updates.isEmpty && incidents[$0].hasNoUpdate(after: instant) }) {
            return incidents
        }
        return incidents.compactMap(known)
    }
}
