import Foundation
import Testing
import TestSupport

/// Every `api/v2` file read back with `JSONSerialization` and checked against the
/// Statuspage public API v2 layout: exactly the keys of each object type, nullable
/// fields as explicit `null`, enumerations within their documented values.
@Suite("Statuspage API v2 field layout")
struct StatuspageLayoutTests {
    /// The object types of the layout.
    enum ObjectType: String {
        case page, status, component, incident, maintenance, incidentUpdate, affectedComponent
    }

    /// Keys of each object type; those in `nullable` may be `null`, the others never.
    static let keys: [ObjectType: Set<String>] = [
        .page: ["id", "name", "url", "time_zone", "updated_at"],
        .status: ["indicator", "description"],
        .component: [
            "id", "name", "status", "created_at", "updated_at", "position", "description", "showcase",
            "start_date", "group_id", "group", "only_show_if_degraded", "page_id",
        ],
        .incident: incidentKeys,
        .maintenance: incidentKeys.union(["scheduled_for", "scheduled_until"]),
        .incidentUpdate: [
            "id", "status", "body", "created_at", "updated_at", "display_at", "affected_components", "incident_id",
        ],
        .affectedComponent: ["code", "name", "old_status", "new_status"],
    ]
    static let incidentKeys: Set<String> = [
        "id", "name", "status", "impact", "created_at", "updated_at", "monitoring_at", "resolved_at",
        "started_at", "shortlink", "page_id", "incident_updates", "components", "postmortem_body",
    ]
    static let nullable: Set<String> = [
        "description", "start_date", "group_id", "monitoring_at", "resolved_at", "started_at",
        "affected_components", "scheduled_for", "scheduled_until", "created_at", "updated_at", "postmortem_body",
    ]

    static let componentStatuses: Set<String> = [
        "operational", "degraded_performance", "partial_outage", "major_outage", "under_maintenance",
    ]
    static let incidentStatuses: Set<String> = ["investigating", "identified", "monitoring", "resolved", "postmortem"]
    static let maintenanceStatuses: Set<String> = ["scheduled", "in_progress", "verifying", "completed"]
    static let impacts: Set<String> = ["none", "minor", "major", "critical"]

    /// The top-level keys of each file.
    static let files: [(path: String, keys: Set<String>)] = [
        // generated_at: the build time, beside Statuspage's fields.
        ("api/v2/summary.json", ["page", "status", "components", "incidents", "scheduled_maintenances", "generated_at"]),
        ("api/v2/status.json", ["page", "status", "generated_at"]),
        ("api/v2/components.json", ["page", "components"]),
        ("api/v2/incidents.json", ["page", "incidents"]),
        ("api/v2/incidents/unresolved.json", ["page", "incidents"]),
        ("api/v2/scheduled-maintenances.json", ["page", "scheduled_maintenances"]),
        ("api/v2/scheduled-maintenances/upcoming.json", ["page", "scheduled_maintenances"]),
        ("api/v2/scheduled-maintenances/active.json", ["page", "scheduled_maintenances"]),
    ]

    @Test("each file has the Statuspage layout", arguments: files.map(\.path))
    func layout(path: String) throws {
        let document = try FeedFixtures.json(FeedFixtures.files(), path)
        let expected = try #require(Self.files.first { $0.path == path }?.keys)
        #expect(Set(document.keys) == expected)
        var problems: [String] = []
        check(document["page"], as: .page, at: "page", problems: &problems)
        if let status = document["status"] { check(status, as: .status, at: "status", problems: &problems) }
        for (key, type) in [("components", ObjectType.component), ("incidents", .incident),
                            ("scheduled_maintenances", .maintenance)] {
            guard let value = document[key] else { continue }
            guard let list = value as? [Any] else {
                problems.append("\(key) is not a list")
                continue
            }
            for (offset, item) in list.enumerated() { check(item, as: type, at: "\(key)[\(offset)]", problems: &problems) }
        }
        #expect(problems.isEmpty, "\(path):\n\(problems.joined(separator: "\n"))")
    }

    @Test("the fixture corpus fills every list the checks walk")
    func checksSeeEveryObjectType() throws {
        let summary = try FeedFixtures.json(FeedFixtures.files(), "api/v2/summary.json")
        let incidents = try #require(summary["incidents"] as? [[String: Any]])
        let maintenance = try #require(summary["scheduled_maintenances"] as? [[String: Any]])
        #expect(!incidents.isEmpty && !maintenance.isEmpty)
        let updates = (incidents + maintenance).flatMap { $0["incident_updates"] as? [[String: Any]] ?? [] }
        #expect(updates.contains { $0["affected_components"] is [Any] })
        #expect(updates.contains { $0["affected_components"] is NSNull })
    }

    @Test("the checks catch a missing key, a bad enumeration value and a UTC time")
    func checksCanFail() {
        var problems: [String] = []
        check(["indicator": "maintenance"], as: .status, at: "status", problems: &problems)
        check(["id": "x", "name": "x", "url": "x", "time_zone": "Europe/Amsterdam", "updated_at": "2025-06-10T20:00:00Z"],
              as: .page, at: "page", problems: &problems)
        #expect(problems.contains { $0.contains("description") })
        #expect(problems.contains { $0.contains("maintenance") })
        #expect(problems.contains { $0.contains("2025-06-10T20:00:00Z") })
    }

    // MARK: - Walking an object

    func check(_ value: Any?, as type: ObjectType, at path: String, problems: inout [String]) {
        guard let object = value as? [String: Any] else {
            problems.append("\(path): not an object")
            return
        }
        let expected = Self.keys[type]!
        let keys = Set(object.keys)
        if keys != expected {
            problems.append("\(path) (\(type.rawValue)): missing \(expected.subtracting(keys).sorted()), "
                            + "unexpected \(keys.subtracting(expected).sorted())")
        }
        for (key, value) in object where value is NSNull && !Self.nullable.contains(key) {
            problems.append("\(path).\(key) is null")
        }
        for key in keys where key.hasSuffix("_at") || key.hasPrefix("scheduled_") || key == "start_date" {
            if let text = object[key] as? String, !Self.isRFC3339WithOffset(text) {
                problems.append("\(path).\(key) is not RFC 3339 with an offset: \(text)")
            }
        }
        switch type {
        case .page:
            expect(object["time_zone"], in: ["Europe/Amsterdam"], at: "\(path).time_zone", problems: &problems)
        case .status:
            expect(object["indicator"], in: Self.impacts, at: "\(path).indicator", problems: &problems)
            if !(object["description"] is String) { problems.append("\(path).description is not a string") }
        case .component:
            expect(object["status"], in: Self.componentStatuses, at: "\(path).status", problems: &problems)
            if !(object["position"] is Int) { problems.append("\(path).position is not an integer") }
            for key in ["showcase", "group", "only_show_if_degraded"] where !(object[key] is Bool) {
                problems.append("\(path).\(key) is not a boolean")
            }
        case .incident, .maintenance:
            let statuses = type == .incident ? Self.incidentStatuses : Self.maintenanceStatuses
            expect(object["status"], in: statuses, at: "\(path).status", problems: &problems)
            expect(object["impact"], in: Self.impacts, at: "\(path).impact", problems: &problems)
            let updates = object["incident_updates"] as? [Any] ?? []
            for (offset, update) in updates.enumerated() {
                let updatePath = "\(path).incident_updates[\(offset)]"
                check(update, as: .incidentUpdate, at: updatePath, problems: &problems)
                expect((update as? [String: Any])?["status"], in: statuses, at: "\(updatePath).status", problems: &problems)
                if (update as? [String: Any])?["incident_id"] as? String != object["id"] as? String {
                    problems.append("\(updatePath).incident_id is not the incident's id")
                }
            }
            for (offset, component) in (object["components"] as? [Any] ?? []).enumerated() {
                check(component, as: .component, at: "\(path).components[\(offset)]", problems: &problems)
            }
        case .incidentUpdate:
            for (offset, affected) in (object["affected_components"] as? [Any] ?? []).enumerated() {
                let affectedPath = "\(path).affected_components[\(offset)]"
                check(affected, as: .affectedComponent, at: affectedPath, problems: &problems)
                for key in ["old_status", "new_status"] {
                    expect((affected as? [String: Any])?[key], in: Self.componentStatuses, at: "\(affectedPath).\(key)", problems: &problems)
                }
            }
        case .affectedComponent:
            break
        }
    }

    func expect(_ value: Any?, in allowed: Set<String>, at path: String, problems: inout [String]) {
        guard let text = value as? String, allowed.contains(text) else {
            problems.append("\(path) is \(value.map { "\($0)" } ?? "missing"), not one of \(allowed.sorted())")
            return
        }
    }

    static func isRFC3339WithOffset(_ text: String) -> Bool {
        text.range(of: #"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$"#, options: .regularExpression) != nil
    }
}
