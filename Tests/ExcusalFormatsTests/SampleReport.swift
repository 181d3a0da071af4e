import ExcusalFormats
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

/// A small report that exercises every format: seed 000's incident (two windows, two
/// ISO weeks), an unresolved phone and customer-question outage across the start of DST
/// (office hours, business-hour grace cut short, ongoing), and empty norms.
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
            update("2023-12-19T15:00:00+01:00", .update),
            update("2023-12-19T09:00:00+01:00", .resolved),
            update("2023-12-18T18:00:00+01:00", .update),
            update("2023-12-18T09:30:00+01:00", .investigating),
            update("2023-12-13T15:50:00+01:00", .resolved),
            update("2023-12-13T12:23:00+01:00", .investigating),
        ],
        order: .newestFirst)

    static let phone = Incident(
        id: IncidentID("2024-03-28-telefonie"), title: "Telefonie en klantvragen onbereikbaar",
        impact: .minor, services: [ServiceKey("phone"), ServiceKey("customer-questions")],
        updates: [
            update("2024-03-28T16:00:00+01:00", .investigating),
            update("2024-03-28T18:00:00+01:00", .identified),
        ],
        order: .oldestFirst)

    static let asOf = instant("2024-04-02T12:00:00+02:00")

    static let report = ExcusalEngine().report(for: [orders, phone], at: Moment(asOf))
    /// The site the documents' `$schema` URLs point at.
    static let baseURL = "https://status.example.nl/"
    static let schema = JSONSchema.excused.url(baseURL: baseURL)
}
