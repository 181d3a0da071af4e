import Foundation
import IncidentModel

/// Many plausible incidents without files: for order, scale and link checks.
enum SyntheticCorpus {
    static let services = ["orders", "cancellations", "shipping", "customer-questions", "returns", "phone", "billing"]

    /// `count` incidents, one every ~7 hours before `FixtureSite.asOf`; every seventh is
    /// maintenance, and every tenth of the latest thirty is still active (as in real life,
    /// old incidents are resolved).
    static func incidents(count: Int) throws -> [Incident] {
        (0..<count).map { number in
            let start = FixtureSite.asOf.addingTimeInterval(-Double(number) * 25_000 - 3_600)
            let service = ServiceKey(services[number % services.count])
            let isMaintenance = number % 7 == 3
            let active = number % 10 == 0 && number < 30
            let updates = [
                Update(
                    instant: start.addingTimeInterval(5_400), status: isMaintenance ? .completed : .resolved,
                    body: "Opgelost, **update** \(number).", location: SourceLocation(path: "x.md", line: 1, column: 1)),
                Update(
                    instant: start, status: isMaintenance ? .inProgress : .investigating,
                    body: "We onderzoeken [storing \(number)](https://example.com/\(number)).",
                    location: SourceLocation(path: "x.md", line: 2, column: 1)),
            ]
            return Incident(
                id: IncidentID("synthetic-\(number)"), title: "Storing nummer \(number)",
                kind: isMaintenance ? .maintenance : .incident, impact: .major, services: [service],
                summary: number % 3 == 0 ? "Samenvatting \(number)." : "",
                updates: active && !isMaintenance ? Array(updates.dropFirst()) : updates, order: .newestFirst,
                path: "incidents/synthetic-\(number).md")
        }
    }
}
