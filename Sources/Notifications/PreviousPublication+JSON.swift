import Foundation
import IncidentModel

extension PreviousPublication {
    /// Reads the previous site's `api/v2/incidents.json` and, when it was published too,
    /// `api/v2/scheduled-maintenances.json` (maintenance is listed only there).
    public init(incidentsJSON: Data, scheduledMaintenancesJSON: Data? = nil) throws(PreviousPublicationError) {
        let incidents: IncidentsDocument = try Self.decode(incidentsJSON, file: "incidents.json")
        var listed = [("incidents.json", incidents.incidents)]
        if let scheduledMaintenancesJSON {
            let maintenance: MaintenanceDocument = try Self.decode(scheduledMaintenancesJSON, file: "scheduled-maintenances.json")
            listed.append(("scheduled-maintenances.json", maintenance.scheduledMaintenances))
        }
        var published: [IncidentID: Set<Int>] = [:]
        for (file, incidents) in listed {
            for incident in incidents {
                var instants = published[IncidentID(incident.id)] ?? []
                for update in incident.incidentUpdates {
                    instants.insert(PreviousPublication.wholeSeconds(try Self.instant(update.createdAt, file: file)))
                }
                published[IncidentID(incident.id)] = instants
            }
        }
        self.init(updatedAt: try Self.instant(incidents.page.updatedAt, file: "incidents.json"), publishedUpdates: published)
    }

    // The few fields of the Statuspage layout that tell what was published.
    private struct IncidentsDocument: Decodable {
        var page: Page
        var incidents: [ListedIncident]
    }

    private struct MaintenanceDocument: Decodable {
        var scheduledMaintenances: [ListedIncident]
        enum CodingKeys: String, CodingKey { case scheduledMaintenances = "scheduled_maintenances" }
    }

    private struct Page: Decodable {
        var updatedAt: String
        enum CodingKeys: String, CodingKey { case updatedAt = "updated_at" }
    }

    private struct ListedIncident: Decodable {
        var id: String
        var incidentUpdates: [ListedUpdate]
        enum CodingKeys: String, CodingKey {
            case id
            case incidentUpdates = "incident_updates"
        }
    }

    private struct ListedUpdate: Decodable {
        var createdAt: String
        enum CodingKeys: String, CodingKey { case createdAt = "created_at" }
    }

    private static func decode<Document: Decodable>(_ data: Data, file: String) throws(PreviousPublicationError) -> Document {
        do {
            return try JSONDecoder().decode(Document.self, from: data)
        } catch let error as DecodingError {
            throw PreviousPublicationError(file: file, reason: Self.describe(error))
        } catch {
            throw PreviousPublicationError(file: file, reason: "\(error)")
        }
    }

    private static func instant(_ text: String, file: String) throws(PreviousPublicationError) -> Date {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        if let date = formatter.date(from: text) { return date }
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        guard let date = formatter.date(from: text) else {
            throw PreviousPublicationError(file: file, reason: "`\(text)` is not an RFC 3339 time")
        }
        return date
    }

    private static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        }
        switch error {
        case .keyNotFound(let key, let context): return "`\(path(context)).\(key.stringValue)` is missing"
        case .typeMismatch(_, let context), .valueNotFound(_, let context): return "`\(path(context))` has the wrong type"
        case .dataCorrupted(let context):
            return context.codingPath.isEmpty ? "not valid JSON" : "`\(path(context))`: \(context.debugDescription)"
        @unknown default: return "\(error)"
        }
    }
}

/// A previous site's API file that cannot be read as the Statuspage layout, so what it
/// published is unknown and nothing is sent.
public struct PreviousPublicationError: Error, Equatable, CustomStringConvertible {
    public var file: String
    public var reason: String

    public init(file: String, reason: String) {
        self.file = file
        self.reason = reason
    }

    public var description: String { "\(file): \(reason)" }
}
