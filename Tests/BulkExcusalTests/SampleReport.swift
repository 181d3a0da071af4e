import Foundation
import IncidentModel
import ServiceNorms

/// An instant written with an explicit offset, parsed by Foundation rather than by the
/// code under test.
func instant(_ text: String) -> Date {
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withInternetDateTime]
    guard let date = formatter.date(from: text) else { fatalError("bad test timestamp \(text)") }
    return date
}

/// Seed 000's outage (on-time-delivery excused 2023-12-13 12:23 – 14-12 15:50 and
/// 18-12 09:30 – 20-12 09:00, +01:00) and a returns outage across the end of summer
/// time 2024, so rows meet both offsets.
enum SampleReport {
    static func update(_ time: String, _ status: UpdateStatus) -> Update {
        Update(instant: instant(time), status: status, body: "",
               location: SourceLocation(path: "incidents/sample.md", line: 1, column: 1))
    }

    static let orders = Incident(
        id: IncidentID("2023-12-13-bestellingen"), title: "Storing verwerken nieuwe bestellingen",
        impact: .major, services: [ServiceKey("orders"), ServiceKey("cancellations")],
        opened: instant("2023-12-13T12:23:00+01:00"),
        updates: [
            update("2023-12-19T09:00:00+01:00", .resolved),
            update("2023-12-18T09:30:00+01:00", .investigating),
            update("2023-12-13T15:50:00+01:00", .resolved),
            update("2023-12-13T12:23:00+01:00", .investigating),
        ],
        order: .newestFirst)

    /// Friday 25 October 2024 20:00 (+02:00) to Saturday 26 October 10:00; a business day
    /// of grace ends Monday 28 October 10:00 (+01:00).
    static let returns = Incident(
        id: IncidentID("2024-10-25-retouren"), title: "Retouren niet zichtbaar",
        impact: .minor, services: [ServiceKey("returns")],
        updates: [
            update("2024-10-25T20:00:00+02:00", .investigating),
            update("2024-10-26T10:00:00+02:00", .resolved),
        ],
        order: .oldestFirst)

    static let report = ExcusalEngine().report(for: [orders, returns], at: Moment(instant("2025-01-01T00:00:00+01:00")))
}
