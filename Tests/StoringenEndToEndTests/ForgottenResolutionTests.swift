import Foundation
import Testing
import TestSupport

/// One incident whose "Opgelost" was forgotten (open since 2020) and 1,500 later outages of
/// the same service: its window merges them all into one, yet an answer names only what
/// covers the moment asked about, so its size does not grow with the merged window, and
/// `check` points at the forgotten incident.
struct ForgottenResolutionTests {
    static let asOf = ["--as-of", "2026-11-23 12:00"]

    /// `2021-01-06T09:00+01:00`: an update heading's time with its Amsterdam offset.
    static func heading(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "Europe/Amsterdam")
        let text = formatter.string(from: date)
        return String(text.dropLast(9) + text.suffix(6))
    }

    static func project() throws -> TemporaryProject {
        let project = try TemporaryProject("forgotten")
        try project.write("incidents/2020-01-06-vergeten.md", """
            ---
            title: Bestellingen vertraagd
            services: [orders]
            impact: minor
            ---

            ## 2020-01-06 09:00 — Onderzoek

            Bestellingen komen vertraagd binnen.
            """)
        // Every day from 2021 on, a short outage, resolved.
        let start = Date(timeIntervalSince1970: 1_609_920_000)  // 2021-01-06 08:00 UTC
        for number in 0..<1_500 {
            let opened = start.addingTimeInterval(Double(number) * 86_400)
            try project.write("incidents/later/storing-\(number).md", """
                ---
                title: Storing \(number)
                services: [orders]
                ---

                ## \(heading(opened)) — Onderzoek

                Storing.

                ## \(heading(opened.addingTimeInterval(3_600))) — Opgelost

                Verholpen.
                """)
        }
        return project
    }

    @Test func answersNameWhatCoversTheMomentAndCheckWarns() throws {
        let project = try Self.project()
        let at = try project.run(["excused", "--norm", "on-time-delivery", "--at", "2023-06-14 12:00"] + Self.asOf)
        #expect(at.status == 0, "\(at.standardError)")
        #expect(at.standardOutput.utf8.count < 4_096, "\(at.standardOutput.utf8.count) bytes")
        #expect(at.standardOutput.contains("2020-01-06-vergeten"))

        var rows = "order,timestamp\n"
        let utc = ISO8601DateFormatter()
        for number in 0..<2_000 { rows += "\(number),\(utc.string(from: Date(timeIntervalSince1970: 1_620_000_000 + Double(number) * 43_201)))\n" }
        try project.write("rows.csv", rows)
        let check = try project.run(["excused", "--norm", "on-time-delivery", "--check", "rows.csv"] + Self.asOf)
        #expect(check.status == 0, "\(check.standardError)")
        #expect(check.standardOutput.split(separator: "\n").count == 2_001)
        #expect(check.standardOutput.utf8.count < 2_000_000, "\(check.standardOutput.utf8.count) bytes for 2,000 rows")

        let lint = try project.run(["check"] + Self.asOf)
        let warning = try #require(lint.standardError.split(separator: "\n").first { $0.contains("no update since") })
        #expect(warning.hasPrefix("incidents/2020-01-06-vergeten.md:7:1: warning: incident open since 06-01-2020 09:00"))
        #expect(lint.status == 0, "a warning, not an error")
    }
}
