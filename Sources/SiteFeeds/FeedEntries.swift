import Foundation
import IncidentModel
import SiteContent

/// The incident entries of one render's feeds, made once per incident and language: an
/// incident among the latest is in the site's feed and in the feed of each of its
/// services, and its entry (the whole timeline as HTML) is the same in all of them.
/// Feeds are made on any core, so the table is shared under a lock; two cores that make
/// the same entry at once both keep one equal to it.
final class FeedEntries: @unchecked Sendable {
    private struct Key: Hashable {
        var facts: ObjectIdentifier
        var language: Language
    }

    private let snapshot: SiteSnapshot
    private let lock = NSLock()
    private var entries: [Key: FeedEntry?] = [:]

    init(_ snapshot: SiteSnapshot) {
        self.snapshot = snapshot
    }

    /// The entry of `facts` in the feeds of `routes`' language; nil for an incident
    /// without dates (`FeedEntry.init(_:routes:snapshot:)`). `facts` must be of the
    /// snapshot, which keeps them alive as long as this table.
    func entry(_ facts: IncidentFacts, routes: SiteRoutes) -> FeedEntry? {
        let key = Key(facts: ObjectIdentifier(facts), language: routes.language)
        if let kept = lock.withLock({ entries[key] }) { return kept }
        let entry = FeedEntry(facts, routes: routes, snapshot: snapshot)
        lock.withLock { entries[key] = entry }
        return entry
    }
}
