import Foundation
import IncidentModel
import Testing
@testable import Notifications

/// The previous site's API files: the fields that tell what was published, read from
/// the Statuspage layout the site writes; anything else is refused with the reason.
struct PreviousPublicationJSONTests {
    static let incidents = """
        {
          "page": {"id": "status.example.nl", "name": "Actuele storingen", "time_zone": "Europe/Amsterdam",
                   "updated_at": "2023-12-19T15:00:00+01:00", "url": "https://status.example.nl/"},
          "incidents": [
            {"id": "2023-12-13-bestellingen", "name": "Storing", "status": "resolved",
             "incident_updates": [
               {"id": "2023-12-13-bestellingen-2", "status": "resolved", "body": "x", "created_at": "2023-12-13T15:50:00+01:00"},
               {"id": "2023-12-13-bestellingen-1", "status": "investigating", "body": "x", "created_at": "2023-12-13T12:23:00+01:00"}
             ]}
          ]
        }
        """

    static let maintenance = """
        {"page": {"updated_at": "2023-12-19T15:00:00+01:00"},
         "scheduled_maintenances": [
           {"id": "2025-06-10-onderhoud", "incident_updates": [{"created_at": "2025-06-03T08:00:00Z"}]}
         ]}
        """

    @Test func readsTheListedUpdatesAndTheLastChange() throws {
        let publication = try PreviousPublication(
            incidentsJSON: Data(Self.incidents.utf8), scheduledMaintenancesJSON: Data(Self.maintenance.utf8))
        #expect(publication.updatedAt == SampleIncidents.at(2023, 12, 19, 15, 0))
        #expect(publication.publishedUpdates == [
            IncidentID("2023-12-13-bestellingen"): [
                Int(SampleIncidents.at(2023, 12, 13, 15, 50).timeIntervalSince1970),
                Int(SampleIncidents.at(2023, 12, 13, 12, 23).timeIntervalSince1970),
            ],
            IncidentID("2025-06-10-onderhoud"): [Int(SampleIncidents.at(2025, 6, 3, 10, 0).timeIntervalSince1970)],
        ])
    }

    @Test(arguments: [
        ("<html>Not found</html>", "incidents.json: not valid JSON"),
        (#"{"incidents": []}"#, "incidents.json: `.page` is missing"),
        (#"{"page": {"updated_at": "gisteren"}, "incidents": []}"#, "incidents.json: `gisteren` is not an RFC 3339 time"),
        (#"{"page": {"updated_at": "2023-12-19T15:00:00+01:00"}, "incidents": [{"id": 7, "incident_updates": []}]}"#,
         "incidents.json: `.incidents[0].id` has the wrong type"),
    ])
    func anythingElseIsRefusedWithTheReason(json: String, reason: String) {
        #expect(throws: PreviousPublicationError.self) { try PreviousPublication(incidentsJSON: Data(json.utf8)) }
        do {
            _ = try PreviousPublication(incidentsJSON: Data(json.utf8))
        } catch {
            #expect(error.description == reason)
        }
    }
}
