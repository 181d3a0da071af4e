import IncidentModel

/// The objects of the Atlassian Statuspage public API v2, field for field, so that
/// existing status clients read `api/v2/*.json` unchanged. Times are RFC 3339 strings
/// with the Amsterdam offset; a field we cannot fill is written as `null`, never left out.
enum Statuspage {
    /// `page`: which status page answered.
    struct Page: Encodable, Sendable {
        var id: String
        var name: String
        var url: String
        var timeZone: String
        var updatedAt: String

        enum CodingKeys: String, CodingKey {
            case id, name, url
            case timeZone = "time_zone"
            case updatedAt = "updated_at"
        }
    }

    /// A component: one service of the catalogue.
    struct Component: Encodable, Sendable {
        var id: String
        var name: String
        var status: ComponentStatus
        var createdAt: String
        var updatedAt: String
        var position: Int
        var description: String?
        var showcase: Bool
        var startDate: String?
        var groupID: String?
        var group: Bool
        var onlyShowIfDegraded: Bool
        var pageID: String

        enum CodingKeys: String, CodingKey {
            case id, name, status, position, description, showcase, group
            case createdAt = "created_at"
            case updatedAt = "updated_at"
            case startDate = "start_date"
            case groupID = "group_id"
            case onlyShowIfDegraded = "only_show_if_degraded"
            case pageID = "page_id"
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(name, forKey: .name)
            try container.encode(status, forKey: .status)
            try container.encode(createdAt, forKey: .createdAt)
            try container.encode(updatedAt, forKey: .updatedAt)
            try container.encode(position, forKey: .position)
            try container.encodeOrNull(description, forKey: .description)
            try container.encode(showcase, forKey: .showcase)
            try container.encodeOrNull(startDate, forKey: .startDate)
            try container.encodeOrNull(groupID, forKey: .groupID)
            try container.encode(group, forKey: .group)
            try container.encode(onlyShowIfDegraded, forKey: .onlyShowIfDegraded)
            try container.encode(pageID, forKey: .pageID)
        }
    }

    /// How an update changed a component (`affected_components` of an update).
    struct AffectedComponent: Encodable, Sendable {
        var code: String
        var name: String
        var oldStatus: ComponentStatus
        var newStatus: ComponentStatus

        enum CodingKeys: String, CodingKey {
            case code, name
            case oldStatus = "old_status"
            case newStatus = "new_status"
        }
    }

    /// One update of an incident's timeline (`incident_updates`).
    struct IncidentUpdate: Encodable, Sendable {
        var id: String
        var status: String
        /// The update's Markdown as written.
        var body: String
        var createdAt: String
        var updatedAt: String
        var displayAt: String
        /// Nil when the update changed no component's status, as Statuspage writes it.
        var affectedComponents: [AffectedComponent]?
        var incidentID: String

        enum CodingKeys: String, CodingKey {
            case id, status, body
            case createdAt = "created_at"
            case updatedAt = "updated_at"
            case displayAt = "display_at"
            case affectedComponents = "affected_components"
            case incidentID = "incident_id"
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(status, forKey: .status)
            try container.encode(body, forKey: .body)
            try container.encode(createdAt, forKey: .createdAt)
            try container.encode(updatedAt, forKey: .updatedAt)
            try container.encode(displayAt, forKey: .displayAt)
            try container.encodeOrNull(affectedComponents, forKey: .affectedComponents)
            try container.encode(incidentID, forKey: .incidentID)
        }
    }

    /// An incident, or a scheduled maintenance when `schedule` is set.
    struct Incident: Encodable, Sendable {
        /// `scheduled_for` and `scheduled_until`, which only maintenance has.
        struct Schedule: Sendable {
            var scheduledFor: String?
            var scheduledUntil: String?
        }

        var id: String
        var name: String
        var status: String
        var impact: Impact
        var createdAt: String?
        var updatedAt: String?
        var monitoringAt: String?
        var resolvedAt: String?
        var startedAt: String?
        var shortlink: String
        var pageID: String
        /// Newest first.
        var incidentUpdates: [IncidentUpdate]
        var components: [Component]
        var schedule: Schedule?
        /// The postmortem as Markdown, or null: Statuspage's field for it.
        var postmortemBody: String?

        enum CodingKeys: String, CodingKey {
            case id, name, status, impact, shortlink, components
            case createdAt = "created_at"
            case updatedAt = "updated_at"
            case monitoringAt = "monitoring_at"
            case resolvedAt = "resolved_at"
            case startedAt = "started_at"
            case pageID = "page_id"
            case incidentUpdates = "incident_updates"
            case postmortemBody = "postmortem_body"
            case scheduledFor = "scheduled_for"
            case scheduledUntil = "scheduled_until"
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(name, forKey: .name)
            try container.encode(status, forKey: .status)
            try container.encode(impact, forKey: .impact)
            try container.encodeOrNull(createdAt, forKey: .createdAt)
            try container.encodeOrNull(updatedAt, forKey: .updatedAt)
            try container.encodeOrNull(monitoringAt, forKey: .monitoringAt)
            try container.encodeOrNull(resolvedAt, forKey: .resolvedAt)
            try container.encodeOrNull(startedAt, forKey: .startedAt)
            try container.encode(shortlink, forKey: .shortlink)
            try container.encode(pageID, forKey: .pageID)
            try container.encode(incidentUpdates, forKey: .incidentUpdates)
            try container.encode(components, forKey: .components)
            try container.encodeOrNull(postmortemBody, forKey: .postmortemBody)
            if let schedule {
                try container.encodeOrNull(schedule.scheduledFor, forKey: .scheduledFor)
                try container.encodeOrNull(schedule.scheduledUntil, forKey: .scheduledUntil)
            }
        }
    }
}

extension KeyedEncodingContainer {
    /// Writes `null` for nil instead of leaving the key out: Statuspage clients expect
    /// every field of the layout to be present.
    mutating func encodeOrNull<Value: Encodable>(_ value: Value?, forKey key: Key) throws {
        if let value {
            try encode(value, forKey: key)
        } else {
            try encodeNil(forKey: key)
        }
    }
}
