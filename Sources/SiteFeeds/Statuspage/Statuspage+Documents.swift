extension Statuspage {
    /// `summary.json`: everything a status widget needs in one request.
    struct SummaryDocument: Encodable, Sendable {
        var page: Page
        var status: PageStatus
        var components: [Component]
        /// Unresolved incidents.
        var incidents: [Incident]
        /// Upcoming and running maintenance.
        var scheduledMaintenances: [Incident]
        /// When the site was built, beside Statuspage's fields (clients that do not know
        /// it ignore it): how a widget tells a quiet site from one that stopped updating.
        var generatedAt: String

        enum CodingKeys: String, CodingKey {
            case page, status, components, incidents
            case scheduledMaintenances = "scheduled_maintenances"
            case generatedAt = "generated_at"
        }
    }

    /// `status.json`: the page's overall indicator.
    struct StatusDocument: Encodable, Sendable {
        var page: Page
        var status: PageStatus
        var generatedAt: String

        enum CodingKeys: String, CodingKey {
            case page, status
            case generatedAt = "generated_at"
        }
    }

    /// `components.json`.
    struct ComponentsDocument: Encodable, Sendable {
        var page: Page
        var components: [Component]
    }

    /// `incidents.json` and `incidents/unresolved.json`.
    struct IncidentsDocument: Encodable, Sendable {
        var page: Page
        var incidents: [Incident]
    }

    /// `scheduled-maintenances.json`, `…/upcoming.json` and `…/active.json`.
    struct ScheduledMaintenancesDocument: Encodable, Sendable {
        var page: Page
        var scheduledMaintenances: [Incident]

        enum CodingKeys: String, CodingKey {
            case page
            case scheduledMaintenances = "scheduled_maintenances"
        }
    }
}
