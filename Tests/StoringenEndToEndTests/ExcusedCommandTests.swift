import Foundation
import Testing
import TestSupport

/// `storingen excused` on the example incidents: the seed outage's windows in every
/// format, `--at` exit codes, clipping, and refusal on broken input.
@Suite(.serialized)
struct ExcusedCommandTests {
    static let asOf = ["--as-of", "2026-11-23 12:00"]

    func json(_ arguments: [String]) throws -> [String: Any] {
        let output = try CLI.run(["excused", "--format", "json"] + Self.asOf + arguments)
        #expect(output.status == 0, "\(output.standardError)")
        return try #require(try JSONSerialization.jsonObject(with: Data(output.standardOutput.utf8)) as? [String: Any])
    }

    @Test func theSeedOutageExcusesThreeNormsInTwoWindowsTouchingWeeks50And51() throws {
        let report = try json(["--from", "2023-12-01 00:00", "--to", "2024-01-01 00:00"])
        #expect(report["asOf"] as? String == "2026-11-23T12:00:00+01:00")
        #expect(report["timeZone"] as? String == "Europe/Amsterdam")
        let norms = try #require(report["norms"] as? [[String: Any]])
        #expect(norms.map { $0["key"] as? String } == [
            "on-time-delivery", "cancellations", "track-and-trace", "response-time", "phone-reachability", "returns", "rating",
        ])
        for norm in norms.prefix(3) {
            let windows = try #require(norm["windows"] as? [[String: Any]])
            #expect(windows.map { [$0["start"] as? String, $0["end"] as? String] } == [
                ["2023-12-13T12:23:00+01:00", "2023-12-14T15:50:00+01:00"],
                ["2023-12-18T09:30:00+01:00", "2023-12-20T09:00:00+01:00"],
            ])
            #expect(windows.allSatisfy { $0["incidents"] as? [String] == ["2023-12-13-bestellingen"] && $0["ongoing"] as? Bool == false })
            let periods = try #require(norm["periods"] as? [[String: Any]])
            #expect(periods.map { $0["period"] as? String } == ["2023-W50", "2023-W51"])
            #expect(periods.map { $0["excusedSeconds"] as? Int } == [98_820, 171_000])
        }
        for norm in norms.dropFirst(3) {
            #expect((norm["windows"] as? [Any])?.isEmpty == true)
            #expect((norm["periods"] as? [Any])?.isEmpty == true)
        }
    }

    @Test func theBillingCorrectionExcusesNothing() throws {
        let report = try json(["--from", "2024-03-01 00:00", "--to", "2024-04-01 00:00"])
        let incidents = (report["norms"] as? [[String: Any]] ?? [])
            .flatMap { ($0["windows"] as? [[String: Any]]) ?? [] }
            .flatMap { ($0["incidents"] as? [String]) ?? [] }
        #expect(!incidents.contains("2024-03-12-correctie-facturatie-bpost-retourzegels"))
        #expect(incidents.isEmpty)
    }

    @Test func csvHasTheSpecifiedHeaderAndOneRowPerWindow() throws {
        let output = try CLI.run(["excused", "--format", "csv", "--norm", "cancellations", "--from", "2023-12-01 00:00", "--to", "2024-01-01 00:00"] + Self.asOf)
        #expect(output.status == 0)
        #expect(output.standardOutput.components(separatedBy: "\r\n").filter { !$0.isEmpty } == [
            "norm,start,end,incidents,ongoing",
            "cancellations,2023-12-13T12:23:00+01:00,2023-12-14T15:50:00+01:00,2023-12-13-bestellingen,false",
            "cancellations,2023-12-18T09:30:00+01:00,2023-12-20T09:00:00+01:00,2023-12-13-bestellingen,false",
        ] || output.standardOutput.components(separatedBy: "\n").filter { !$0.isEmpty } == [
            "norm,start,end,incidents,ongoing",
            "cancellations,2023-12-13T12:23:00+01:00,2023-12-14T15:50:00+01:00,2023-12-13-bestellingen,false",
            "cancellations,2023-12-18T09:30:00+01:00,2023-12-20T09:00:00+01:00,2023-12-13-bestellingen,false",
        ])
    }

    @Test func icsHasOneEventPerWindowWithStableUIDs() throws {
        let arguments = ["excused", "--format", "ics", "--norm", "track-and-trace", "--from", "2023-12-01 00:00", "--to", "2024-01-01 00:00"] + Self.asOf
        let first = try CLI.run(arguments)
        let second = try CLI.run(arguments)
        #expect(first.status == 0)
        #expect(first.standardOutput == second.standardOutput)
        #expect(first.standardOutput.hasPrefix("BEGIN:VCALENDAR\r\n"))
        #expect(first.standardOutput.components(separatedBy: "BEGIN:VEVENT").count - 1 == 2)
        #expect(first.standardOutput.contains("DTSTART:20231213T112300Z\r\n"))
        #expect(first.standardOutput.contains("DTEND:20231220T080000Z\r\n"))
    }

    @Test(arguments: [
        ("2023-12-19 17:00", Int32(0), "Op tijd leveren is uitgezonderd op 19-12-2023 17:00 (+01:00): 18-12-2023 09:30 – 20-12-2023 09:00 (+01:00), storingen: 2023-12-13-bestellingen.\n"),
        ("2023-12-20 09:00", Int32(1), "Op tijd leveren is niet uitgezonderd op 20-12-2023 09:00 (+01:00).\n"),
        ("2023-12-14 15:50", Int32(1), "Op tijd leveren is niet uitgezonderd op 14-12-2023 15:50 (+01:00).\n"),
        ("2023-12-14T14:49Z", Int32(0), "Op tijd leveren is uitgezonderd op 14-12-2023 15:49 (+01:00): 13-12-2023 12:23 – 14-12-2023 15:50 (+01:00), storingen: 2023-12-13-bestellingen.\n"),
    ])
    func atAnswersWithItsExitCode(at: String, status: Int32, answer: String) throws {
        let output = try CLI.run(["excused", "--norm", "on-time-delivery", "--at", at] + Self.asOf)
        #expect(output.status == status)
        #expect(output.standardOutput == answer)
    }

    @Test func anOngoingIncidentEndsAtTheReferenceTimeWithoutGrace() throws {
        let report = try json(["--norm", "cancellations", "--from", "2026-11-01 00:00"])
        let window = try #require(((report["norms"] as? [[String: Any]])?.first?["windows"] as? [[String: Any]])?.first)
        #expect(window["start"] as? String == "2026-11-18T08:45:00+01:00")
        #expect(window["end"] as? String == "2026-11-23T12:00:00+01:00")
        #expect(window["ongoing"] as? Bool == true)
        #expect(window["incidents"] as? [String] == ["2026-11-18-voorraad-wijzigingen-vertraagd"])
    }

    @Test func sourceDateEpochIsTheDefaultReferenceTime() throws {
        let output = try CLI.run(["excused", "--format", "json", "--norm", "rating"], environment: ["SOURCE_DATE_EPOCH": "1700000000"])
        #expect(output.standardOutput.contains("\"asOf\" : \"2023-11-14T23:13:20+01:00\""))
    }

    @Test func brokenInputIsNeverAnswered() throws {
        let broken = Fixtures.directory().appendingPathComponent("broken").path
        let output = try CLI.run(["excused", "--incidents", broken, "--norm", "on-time-delivery", "--at", "2024-01-02 10:30"] + Self.asOf)
        #expect(output.status == 2)
        #expect(output.standardOutput == "")
        #expect(output.standardError.contains("empty.md:1:1: error: file is empty"))
    }

    @Test(arguments: [
        ["excused", "--at", "2023-12-19 17:00"],
        ["excused", "--norm", "speed"],
        ["excused", "--from", "2024-01-02 00:00", "--to", "2024-01-01 00:00"],
        ["excused", "--as-of", "gisteren"],
        ["excused", "--format", "pdf"],
        ["excused", "--norm", "returns", "--at", "2024-03-31 02:30"],
    ])
    func badArgumentsExit2(arguments: [String]) throws {
        let output = try CLI.run(arguments)
        #expect(output.status == 2, "\(arguments): \(output.standardError)")
        #expect(output.standardError.contains("Error"))
    }
}
