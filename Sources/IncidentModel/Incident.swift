import Foundation

/// An outage or maintenance as its operators wrote it: front matter plus timeline.
/// Pure data; windows and excusal are derived from it.
public struct Incident: Sendable, Hashable {
    public var id: IncidentID
    public var title: String
    public var kind: IncidentKind
    public var impact: Impact
    public var services: [ServiceKey]
    /// An explicit list that replaces the norms derived from the services; `[]` excuses nothing.
    public var normsOverride: [NormKey]?
    /// `opened:` from the front matter, when given.
    public var opened: Date?
    /// `began:`: the impact started before anyone wrote about it.
    public var began: Date?
    /// `scheduled:` of a maintenance.
    public var scheduled: TimeRange?
    public var language: Language
    /// Markdown above the timeline.
    public var summary: String
    /// The text under `## Nabeschouwing` (`## Postmortem`), Markdown: what happened and
    /// what changes, written after the fact. Not an update: it opens no window.
    public var postmortem: String?
    /// `summary` and `postmortem` as safe HTML, when the parser rendered them (`Update.html`).
    public var summaryHTML: String?
    public var postmortemHTML: String?
    /// In the order the file lists them.
    public var updates: [Update]
    public var order: UpdateOrder
    /// The file the incident came from.
    public var path: String

    public init(
        id: IncidentID, title: String, kind: IncidentKind = .incident, impact: Impact = .minor,
        services: [ServiceKey] = [], normsOverride: [NormKey]? = nil, opened: Date? = nil,
        began: Date? = nil, scheduled: TimeRange? = nil, language: Language = .nl, summary: String = "",
        postmortem: String? = nil, updates: [Update] = [], order: UpdateOrder = .newestFirst, path: String = ""
    ) {
        self.id = id
        self.title = title
        self.kind = kind
        self.impact = impact
        self.services = services
        self.normsOverride = normsOverride
        self.opened = opened
        self.began = began
        self.scheduled = scheduled
        self.language = language
        self.summary = summary
        self.postmortem = postmortem
        self.updates = updates
        self.order = order
        self.path = path
    }

    /// Updates from oldest to newest, whatever the file's direction.
    public var chronologicalUpdates: [Update] {
        order == .oldestFirst ? updates : updates.reversed()
    }

    /// Updates from newest to oldest: the file's own array when it lists them so (as most
    /// files do), not a copy.
    public var newestFirstUpdates: [Update] {
        order == .newestFirst ? updates : updates.reversed()
    }

    /// When the incident opened: `opened:`, else its earliest update.
    public var openedAt: Date? { opened ?? earliestUpdate?.instant }

    /// The first update in time. These accessors read the file's order instead of
    /// reversing a copy of the updates: `serve` asks them of every incident at each refresh.
    public var earliestUpdate: Update? { order == .oldestFirst ? updates.first : updates.last }

    /// The most recent update.
    public var latestUpdate: Update? { order == .oldestFirst ? updates.last : updates.first }

    /// When the first and the most recent update were posted, read in place: `serve` asks
    /// every incident at each save, and copying an update out retains each of its fields.
    /// Inlinable, as is `currentStatus`: called from another module on an array's element,
    /// an accessor the caller cannot see into is handed a copy of the whole incident.
    @inlinable public var earliestInstant: Date? {
        updates.isEmpty ? nil : updates[order == .oldestFirst ? updates.startIndex : updates.endIndex - 1].instant
    }

    @inlinable public var latestInstant: Date? {
        updates.isEmpty ? nil : updates[order == .oldestFirst ? updates.endIndex - 1 : updates.startIndex].instant
    }

    /// Whether no update is dated after `instant` (read in place, as above).
    @inlinable public func hasNoUpdate(after instant: Date) -> Bool {
        for index in updates.indices where updates[index].instant > instant { return false }
        return true
    }

    /// The status the incident is in after its last update (plain updates keep the state).
    /// Read by index, since `last(where:)` would copy each update out (as above).
    @inlinable public var currentStatus: UpdateStatus {
        if order == .oldestFirst {
            for index in updates.indices.reversed() where updates[index].status != .update { return updates[index].status }
        } else {
            for index in updates.indices where updates[index].status != .update { return updates[index].status }
        }
        return kind == .maintenance ? .scheduled : .investigating
    }
}
