import Foundation
import Testing

/// What a built site's front page and Statuspage API say about the state of things, read
/// from the files, so tests can hold them against each other.
struct FrontPageReading {
    /// The status line's state (`operational`, `major-outage`, …) and text.
    var statusKey: String
    var statusText: String
    /// The services' states on the front page, in catalogue order.
    var grid: [String]
    /// `api/v2/components.json`'s statuses, in the same order.
    var components: [String]
    /// `api/v2/status.json`'s indicator and description.
    var indicator: String?
    var indicatorDescription: String?

    init(_ site: [String: String]) throws {
        let home = try #require(site["index.html"])
        let line = try #require(home.firstMatch(
            of: /<p class="overall-status state-([a-z-]+)"><span class="state-dot" aria-hidden="true"><\/span> ([^<]+)<\/p>/))
        statusKey = String(line.1)
        statusText = String(line.2)
        grid = home.matches(of: /<li class="service-status state-([a-z-]+)">/).map { String($0.1) }
        let componentsText = try #require(site["api/v2/components.json"])
        let components = try #require(try JSONSerialization.jsonObject(with: Data(componentsText.utf8)) as? [String: Any])
        self.components = try #require(components["components"] as? [[String: Any]]).compactMap { $0["status"] as? String }
        let statusText = try #require(site["api/v2/status.json"])
        let status = try #require(try JSONSerialization.jsonObject(with: Data(statusText.utf8)) as? [String: Any])
        indicator = (status["status"] as? [String: Any])?["indicator"] as? String
        indicatorDescription = (status["status"] as? [String: Any])?["description"] as? String
    }

    /// Whether each service's state on the page is its Statuspage component status.
    var gridAgreesWithComponents: Bool {
        let statuspage = ["operational": "operational", "maintenance": "under_maintenance", "degraded": "degraded_performance",
                          "partial-outage": "partial_outage", "major-outage": "major_outage"]
        return grid.map { statuspage[$0] } == components
    }
}
