import Foundation
import Testing
import TestSupport

/// `api/norms.json` states the norm catalogue of docs/excusal.md, changed where `site.yml`
/// changes it,
/// with the holidays of the years the site covers.
struct NormsJSONTests {
    struct Rules: Equatable {
        var services: [String]
        var rule: String
        var amount: Int
        var period: String
        var clock: String
    }

    /// The catalogue of docs/excusal.md (The norms and their grace): services, grace, period,
    /// clock.
    static let catalogue: [String: Rules] = [
        "on-time-delivery": Rules(services: ["orders", "shipping"], rule: "businessDays", amount: 1, period: "iso-week", clock: "calendar"),
        "cancellations": Rules(services: ["orders", "cancellations"], rule: "businessDays", amount: 1, period: "iso-week", clock: "calendar"),
        "track-and-trace": Rules(services: ["orders", "shipping"], rule: "businessDays", amount: 1, period: "iso-week", clock: "calendar"),
        "response-time": Rules(services: ["customer-questions"], rule: "businessHours", amount: 24, period: "iso-week", clock: "calendar"),
        "phone-reachability": Rules(services: ["phone"], rule: "none", amount: 0, period: "iso-week", clock: "officeHours"),
        "returns": Rules(services: ["returns"], rule: "businessDays", amount: 1, period: "month", clock: "calendar"),
        "rating": Rules(services: [], rule: "none", amount: 0, period: "month", clock: "calendar"),
    ]

    func norms(_ site: URL) throws -> (rules: [String: Rules], document: [String: Any]) {
        let data = try Data(contentsOf: site.appendingPathComponent("api/norms.json"))
        let document = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        var rules: [String: Rules] = [:]
        for norm in try #require(document["norms"] as? [[String: Any]]) {
            let grace = try #require(norm["grace"] as? [String: Any])
            rules[try #require(norm["key"] as? String)] = Rules(
                services: try #require(norm["services"] as? [String]), rule: try #require(grace["rule"] as? String),
                amount: try #require(grace["amount"] as? Int), period: try #require(norm["period"] as? String),
                clock: try #require(norm["clock"] as? String))
        }
        return (rules, document)
    }

    @Test func theExampleSiteStatesTheCatalogue() throws {
        let site = try Fixtures.temporaryDirectory("norms-json")
        #expect(try CLI.run(["build", "--output", site.path, "--as-of", "2026-11-23 12:00"]).status == 0)
        let (rules, document) = try norms(site)
        #expect(rules == Self.catalogue)
        let holidays = try #require(document["holidays"] as? [[String: Any]])
        let dates = Set(holidays.compactMap { $0["date"] as? String })
        // The example's incidents run from 2023 to 2026; graces run into 2027.
        #expect(dates.contains("2023-12-25") && dates.contains("2027-04-27") && !dates.contains("2022-12-25"))
        // site.yml adds 24 December as a company closing day.
        #expect(holidays.contains { $0["date"] as? String == "2025-12-24" && $0["source"] as? String == "site.yml" })
        #expect(holidays.contains { $0["date"] as? String == "2025-12-25" && $0["source"] as? String == "built-in" })
    }

    @Test func siteYmlChangesAreStated() throws {
        let project = try TemporaryProject("norms-json-changes")
        try project.write("site/site.yml", """
            services:
              warehouse: {nl: Magazijn, en: Warehouse}
            norms:
              on-time-delivery: {grace: 2 business days}
              warehouse-speed: {nl: Magazijnsnelheid, period: month, services: [warehouse], grace: 24 werkuren, officeHoursOnly: true}
            holidays:
              remove: [2025-05-05]
            """)
        try project.write("incidents/storing.md", "---\ntitle: Storing\nservices: [warehouse]\n---\n## 2025-03-03 10:00 — Onderzoek\n")
        #expect(try project.run(["build", "--output", "out", "--as-of", "2025-06-01 12:00"]).status == 0)
        let (rules, document) = try norms(project.root.appendingPathComponent("out"))
        var expected = Self.catalogue
        expected["on-time-delivery"]?.amount = 2
        expected["warehouse-speed"] = Rules(services: ["warehouse"], rule: "businessHours", amount: 24, period: "month", clock: "officeHours")
        #expect(rules == expected)
        #expect(document["removedHolidays"] as? [String] == ["2025-05-05"])
        let dates = (document["holidays"] as? [[String: Any]] ?? []).compactMap { $0["date"] as? String }
        #expect(!dates.contains("2025-05-05") && dates.contains("2025-04-26"), "King's Day moves to Saturday when the 27th is a Sunday")
    }
}
