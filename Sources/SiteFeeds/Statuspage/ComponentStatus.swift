import IncidentModel
import SiteContent

/// A Statuspage component status: the `ServiceState` of the site model under its
/// Statuspage name.
struct ComponentStatus: Sendable, Hashable, Encodable {
    let state: ServiceState

    init(_ state: ServiceState) {
        self.state = state
    }

    /// The status an active incident gives its services; Statuspage derives an
    /// incident's impact from component statuses the same way the other way round.
    init(activeIncidentImpact impact: Impact) {
        state = ServiceState(activeIncidentImpact: impact)
    }

    static let operational = ComponentStatus(.operational)

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(state.statuspageKey)
    }
}

/// The page's overall status (`status.json`): `SiteStatus`'s indicator, the worst impact
/// among unresolved incidents. Statuspage's documentation lists only the four impacts,
/// so running maintenance shows on its components (`under_maintenance`), not here.
struct PageStatus: Sendable, Hashable, Encodable {
    var indicator: String
    /// Statuspage's own wording, which some clients match on.
    var description: String

    init(_ status: SiteStatus) {
        indicator = status.indicator
        description = status.indicatorDescription
    }
}
