import BulkExcusal
import Foundation
import IncidentModel
import Testing

/// `BulkCheck` on in-memory files: rows keep their bytes, answers are added, bad rows are
/// located exactly and the run goes on, JSON Lines parse.
struct BulkCheckTests {
    struct Outcome {
        var output: String
        var diagnostics: [String]
        var summary: BulkCheck.Summary
    }

    static func check(
        _ text: String, norm: BulkCheck.NormChoice = .fixed(NormKey("on-time-delivery")), column: String = "timestamp",
        format: BulkCheck.OutputFormat = .csv, chunkSize: Int = 7
    ) throws -> Outcome {
        let check = BulkCheck(report: SampleReport.report, norm: norm, instantColumn: column, format: format, inputName: "late.csv")
        var output = InMemorySink()
        var diagnostics: [String] = []
        let summary = try check.run(input: InMemorySource(Array(text.utf8), chunkSize: chunkSize), output: &output) {
            diagnostics.append($0.description)
        }
        return Outcome(output: String(decoding: output.bytes, as: UTF8.self), diagnostics: diagnostics, summary: summary)
    }

    static let first = ",true,2023-12-13T12:23:00+01:00,2023-12-14T15:50:00+01:00,2023-12-13-bestellingen"
    static let second = ",true,2023-12-18T09:30:00+01:00,2023-12-20T09:00:00+01:00,2023-12-13-bestellingen"

    @Test func rowsKeepEveryByteAndGainFourFields() throws {
        let input = "order,timestamp,\"note\"\n"
            + "1,2023-12-13 12:23,\"quoted, \"\"as written\"\"\"\n"
            + "\"2\", 2023-12-14T14:49:59Z ,\"two\nlines\"\n"
            + "3,\"1702986300\",\n"
            + "4,2023-12-20T09:00:00+01:00,niet\n"
            + "5,19 december 2023 om 17:00,lang"
        let outcome = try Self.check(input)
        #expect(outcome.output == "order,timestamp,\"note\",excused,window_start,window_end,incidents\n"
            + "1,2023-12-13 12:23,\"quoted, \"\"as written\"\"\"" + Self.first + "\n"
            + "\"2\", 2023-12-14T14:49:59Z ,\"two\nlines\"" + Self.first + "\n"
            + "3,\"1702986300\"," + Self.second + "\n"
            + "4,2023-12-20T09:00:00+01:00,niet,false,,,\n"
            + "5,19 december 2023 om 17:00,lang" + Self.second + "\n")
        #expect(outcome.diagnostics.isEmpty)
        #expect(outcome.summary == BulkCheck.Summary(rows: 5, unanswered: 0))
    }

    @Test func crlfByteOrderMarkAndBlankLinesAreKept() throws {
        let input = "\u{FEFF}timestamp,id\r\n2023-12-13 12:23,a\r\n\r\n2023-12-13 12:22,b"
        let outcome = try Self.check(input, chunkSize: 3)
        #expect(outcome.output == "\u{FEFF}timestamp,id,excused,window_start,window_end,incidents\r\n"
            + "2023-12-13 12:23,a" + Self.first + "\r\n\r\n2023-12-13 12:22,b,false,,,\r\n")
        #expect(outcome.summary.rows == 2)
    }

    @Test func badRowsAreLocatedAndTheRunGoesOn() throws {
        let input = "id,note,timestamp\n"                     // line 1
            + "1,x,morgen\n"                                  // 2: column 5
            + "2,\"twee\nregels\",2024-03-31 02:30\n"         // 3–4: the field starts at byte 9 of line 4
            + "3,x\n"                                         // 5: too few fields
            + "4,é,\n"                                        // 6: empty time, column 6 (é is two bytes)
            + "5,x,\"\"\n"                                    // 7: quoted empty time
            + "6,x,1702470180000\n"                           // 8: milliseconds
            + "7,x,2023-12-19 17:00\n"                        // 9: answered
        let outcome = try Self.check(input)
        #expect(outcome.diagnostics == [
            "late.csv:2:5: error: cannot read the time 'morgen'; write it like '2023-12-14 10:00' or '2023-12-14T10:00+01:00'",
            "late.csv:3:9: error: 2024-03-31 02:30 does not exist in Europe/Amsterdam: the clocks jump from 02:00 to 03:00 that night (summer time starts); write the time after 03:00, or give the offset explicitly, such as `2024-03-31T02:30+01:00`",
            "late.csv:5:4: error: this row has 2 fields; column `timestamp` is field 3",
            "late.csv:6:6: error: no time in column `timestamp`",
            "late.csv:7:5: error: no time in column `timestamp`",
            "late.csv:8:5: error: '1702470180000' seconds since 1970 is after 2099; Unix times are read in seconds, not milliseconds",
        ])
        #expect(outcome.summary == BulkCheck.Summary(rows: 7, unanswered: 6))
        let lines = outcome.output.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[1] == "1,x,morgen,,,,")
        #expect(lines[4] == "3,x,,,,")
        #expect(lines[8] == "7,x,2023-12-19 17:00" + Self.second)
    }

    @Test func aNormColumnJudgesEachRowByItsOwnNorm() throws {
        let input = "timestamp,norm\n2024-10-27 12:00,returns\n2024-10-27 12:00,on-time-delivery\n2023-12-19 17:00,snelheid\n2023-12-19 17:00\n"
        let outcome = try Self.check(input, norm: .column("norm"))
        #expect(outcome.output == "timestamp,norm,excused,window_start,window_end,incidents\n"
            + "2024-10-27 12:00,returns,true,2024-10-25T20:00:00+02:00,2024-10-28T10:00:00+01:00,2024-10-25-retouren\n"
            + "2024-10-27 12:00,on-time-delivery,false,,,\n"
            + "2023-12-19 17:00,snelheid,,,,\n"
            + "2023-12-19 17:00,,,,\n")
        #expect(outcome.diagnostics == [
            "late.csv:4:18: error: unknown norm 'snelheid'; known norms: on-time-delivery, cancellations, track-and-trace, response-time, phone-reachability, returns, rating",
            "late.csv:5:17: error: this row has 1 field; column `norm` is field 2",
        ])
    }

    @Test func theFileIsRefusedWhenItCannotBeGoneThrough() throws {
        #expect(throws: BulkCheckError.noHeader) { try Self.check("") }
        #expect(throws: BulkCheckError.missingColumn(name: "timestamp", option: "--column", header: ["order", "tijd"])) {
            try Self.check("order,\"tijd\"\n1,2023-12-19 17:00\n")
        }
        #expect(throws: BulkCheckError.missingColumn(name: "norm", option: "--norm-column", header: ["timestamp"])) {
            try Self.check("timestamp\n", norm: .column("norm"))
        }
        #expect(throws: BulkCheckError.unknownNorm("snelheid", known: SampleReport.report.norms.map(\.norm.key.rawValue))) {
            try Self.check("timestamp\n", norm: .fixed(NormKey("snelheid")))
        }
    }

    @Test func jsonLinesHoldTheFieldsByNameAndTheAnswer() throws {
        let input = "order,timestamp,note\r\n1,2023-12-19 17:00,\"zei \"\"hoi\"\"\ttab\"\r\n2,2023-12-20 09:00,café\r\n3,morgen,x,extra\r\n"
        let outcome = try Self.check(input, format: .jsonLines)
        let lines = outcome.output.split(separator: "\n")
        #expect(lines.count == 3)
        let objects = try lines.map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        #expect(objects[0]["order"] as? String == "1")
        #expect(objects[0]["note"] as? String == "zei \"hoi\"\ttab")
        #expect(objects[0]["excused"] as? Bool == true)
        #expect(objects[0]["window_start"] as? String == "2023-12-18T09:30:00+01:00")
        #expect(objects[0]["window_end"] as? String == "2023-12-20T09:00:00+01:00")
        #expect(objects[0]["incidents"] as? [String] == ["2023-12-13-bestellingen"])
        #expect(objects[1]["note"] as? String == "café")
        #expect(objects[1]["excused"] as? Bool == false)
        #expect(objects[1]["window_start"] is NSNull)
        #expect(objects[1]["incidents"] as? [String] == [])
        #expect(objects[2]["excused"] is NSNull)
        #expect(objects[2]["incidents"] is NSNull)
        #expect(objects[2]["4"] as? String == "extra")
        #expect(outcome.diagnostics == ["late.csv:4:3: error: cannot read the time 'morgen'; write it like '2023-12-14 10:00' or '2023-12-14T10:00+01:00'"])
    }

    @Test func invalidUTF8StillGivesValidJSON() throws {
        var bytes = Array("timestamp,note\n2023-12-19 17:00,".utf8)
        bytes += [0xFF, 0x41, 0x0A]
        let check = BulkCheck(report: SampleReport.report, norm: .fixed(NormKey("on-time-delivery")), format: .jsonLines, inputName: "x")
        var output = InMemorySink()
        _ = try check.run(input: InMemorySource(bytes), output: &output) { _ in }
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.bytes)) as? [String: Any])
        #expect(object["note"] as? String == "\u{FFFD}A")
    }
}
