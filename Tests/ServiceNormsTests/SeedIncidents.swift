import Foundation
import IncidentModel

/// Incidents built directly as model values, so engine tests do not depend on the parser.
enum SeedIncidents {
    static func update(_ time: String, _ status: UpdateStatus, line: Int) -> Update {
        Update(instant: instant(time), status: status, body: "",
               location: SourceLocation(path: "incidents/test.md", line: line, column: 1))
    }

    /// Seed 000 "Storing verwerken nieuwe bestellingen", updates newest first as on the page.
    static let orders = Incident(
        id: IncidentID("2023-12-13-bestellingen"), title: "Storing verwerken nieuwe bestellingen",
        impact: .major, services: [ServiceKey("orders"), ServiceKey("cancellations")],
        opened: instant("2023-12-13T12:23:00+01:00"),
        updates: [
            update("2023-12-19T15:00:00+01:00", .update, line: 9),
            update("2023-12-19T09:00:00+01:00", .resolved, line: 13),
            update("2023-12-18T18:00:00+01:00", .update, line: 17),
            update("2023-12-18T09:30:00+01:00", .investigating, line: 21),
            update("2023-12-13T15:50:00+01:00", .resolved, line: 25),
            update("2023-12-13T12:23:00+01:00", .investigating, line: 29),
        ],
        order: .newestFirst)

    /// Seed 000's billing correction: impact none, so it excuses nothing.
    static let billing = Incident(
        id: IncidentID("2023-12-bpost-retourzegels"), title: "Correctie in facturatie van bpost retourzegels",
        impact: .none, services: [ServiceKey("billing"), ServiceKey("returns")],
        updates: [
            update("2023-12-20T10:00:00+01:00", .resolved, line: 9),
            update("2023-12-18T10:00:00+01:00", .investigating, line: 5),
        ],
        order: .newestFirst)

    /// An unresolved shipping outage that started Monday 8 January 2024 10:00.
    static let ongoingShipping = Incident(
        id: IncidentID("2024-01-08-verzenden"), title: "Verzendlabels worden niet aangemaakt",
        impact: .major, services: [ServiceKey("shipping")],
        updates: [
            update("2024-01-08T10:00:00+01:00", .investigating, line: 5),
            update("2024-01-08T14:00:00+01:00", .identified, line: 9),
        ],
        order: .oldestFirst)
}
