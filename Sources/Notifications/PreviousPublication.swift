import Foundation
import IncidentModel

/// What the previously published site told the world: for each incident it listed,
/// the instants of its updates, and when the site last changed. `notify` sends only
/// what this does not already hold.
public struct PreviousPublication: Sendable, Hashable {
    /// `page.updated_at` of the previous `incidents.json`: its latest update anywhere.
    public var updatedAt: Date
    /// For every incident the previous API listed, the instants (whole seconds since
    /// 1970, as the API writes them) of the updates it showed.
    public var publishedUpdates: [IncidentID: Set<Int>]

    public init(updatedAt: Date, publishedUpdates: [IncidentID: Set<Int>]) {
        self.updatedAt = updatedAt
        self.publishedUpdates = publishedUpdates
    }

    /// The updates of `incidents` that are new, oldest first (ties by incident id).
    ///
    /// - An incident the previous site listed: every update whose instant it did not list
    ///   (so an update written with an earlier time than the latest is still sent).
    /// - An incident it did not list: every update later than `updatedAt`. The previous
    ///   API holds only the 50 most recent incidents, so an older incident that fell off
    ///   that list must not announce its whole history again.
    public func newUpdates(in incidents: [Incident]) -> [NewUpdate] {
        var found: [NewUpdate] = []
        for incident in incidents {
            let published = publishedUpdates[incident.id]
            for (update, status) in incident.updatesWithStatus {
                let isNew = if let published {
                    !published.contains(Self.wholeSeconds(update.instant))
                } else {
                    update.instant > updatedAt
                }
                if isNew { found.append(NewUpdate(incident: incident, update: update, status: status)) }
            }
        }
        return found.sorted { lhs, rhs in
            lhs.update.instant != rhs.update.instant
                ? lhs.update.instant < rhs.update.instant : lhs.incident.id < rhs.incident.id
        }
    }

    /// An instant as the API writes it: RFC 3339 to the second.
    static func wholeSeconds(_ instant: Date) -> Int {
        Int(instant.timeIntervalSince1970.rounded(.down))
    }
}
