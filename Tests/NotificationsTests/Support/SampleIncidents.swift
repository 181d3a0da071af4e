import Foundation
import IncidentModel
import SiteConfig

/// Incidents and a site configuration for the notification tests, built in code so
/// each test shows the instants it depends on.
enum SampleIncidents {
    /// Amsterdam wall-clock time.
    static func at(_ year: Int, _ month: Int, _ day: Int, _ hour: Int, _ minute: Int) -> Date {
        WallClock.amsterdam.instant(LocalDateTime(year: year, month: month, day: day, hour: hour, minute: minute))
    }

    static func update(_ instant: Date, _ status: UpdateStatus, _ body: String = "Tekst.") -> Update {
        Update(instant: instant, status: status, body: body, location: SourceLocation(path: "x.md", line: 1, column: 1))
    }

    /// Seed 000's incident, newest first as in the file: two windows, five updates.
    static let orders = Incident(
        id: IncidentID("2023-12-13-bestellingen"), title: "Storing verwerken nieuwe bestellingen", impact: .major,
        services: [ServiceKey("orders"), ServiceKey("cancellations")],
        updates: [
            update(at(2023, 12, 19, 15, 0), .update, "Hoe wordt omgegaan met de beoordeling van servicenormen?"),
            update(at(2023, 12, 19, 9, 0), .resolved, "De storing is verholpen."),
            update(at(2023, 12, 18, 9, 30), .investigating, "Helaas zien we weer problemen."),
            update(at(2023, 12, 13, 15, 50), .resolved, "De functionaliteit is weer hersteld."),
            update(at(2023, 12, 13, 12, 23), .investigating, "Bestellingen komen binnen maar worden niet goed verwerkt."),
        ],
        order: .newestFirst)

    /// An incident whose update uses every Markdown feature the messages must carry:
    /// bold, a link, a list, a line that is only a dot, accents and markup in the title.
    static let kitchenSink = Incident(
        id: IncidentID("2024-05-14-telefonie"), title: "Telefonie & <doorverbinden> één storing", impact: .minor,
        services: [ServiceKey("phone"), ServiceKey("customer-questions")],
        updates: [
            update(at(2024, 5, 14, 8, 20), .investigating, "Klanten worden niet doorverbonden."),
            update(at(2024, 5, 14, 10, 5), .update, """
                **Let op:** bellen lukt weer deels. Zie [de uitleg](https://partner.example.nl/uitleg?a=1&b=2).

                - Bestellingen: normaal
                - Retouren: vertraagd
                .
                .Een regel die met een punt begint, en een hele lange regel die de grens van zesenzeventig tekens ruim overschrijdt.
                """),
        ],
        order: .oldestFirst)

    static let configuration = SiteConfiguration(baseURL: "https://status.example.nl/", languages: [.nl, .en])
}
