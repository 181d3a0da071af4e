import Foundation
import Testing
import TestSupport

/// `storingen excused --check` as a script runs it: rows out byte for byte with the
/// answers added, bad rows located on standard error, exit codes 0, 1 and 2.
@Suite(.serialized)
struct ExcusedCheckCommandTests {
    static let asOf = ["--as-of", "2024-01-01 00:00"]
    static let lateOrders = "Tests/StoringenEndToEndTests/Fixtures/check/late-orders.csv"

    func temporaryCSV(_ text: String) throws -> String {
        let url = try Fixtures.temporaryDirectory().appendingPathComponent("rows.csv")
        try Data(text.utf8).write(to: url)
        return url.path
    }

    @Test func theDocsExampleAnswersEveryRowAndLocatesTheOneWithoutAYear() throws {
        let output = try CLI.run(["excused", "--norm", "on-time-delivery", "--check", Self.lateOrders, "--column", "ordered_at"] + Self.asOf)
        #expect(output.status == 1)
        #expect(output.standardOutput == """
            order,seller,ordered_at,excused,window_start,window_end,incidents
            NL-1001,4711,2023-12-13 12:00,false,,,
            NL-1002,4711,2023-12-13T14:05:00+01:00,true,2023-12-13T12:23:00+01:00,2023-12-14T15:50:00+01:00,2023-12-13-bestellingen
            NL-1003,5120,"14 december 2023 om 16:30",false,,,
            NL-1004,5120,1702981800,true,2023-12-18T09:30:00+01:00,2023-12-20T09:00:00+01:00,2023-12-13-bestellingen
            NL-1005,6001,2023-12-20T07:59:59Z,true,2023-12-18T09:30:00+01:00,2023-12-20T09:00:00+01:00,2023-12-13-bestellingen
            NL-1006,6001,2023-12-20 09:00,false,,,
            NL-1007,6001,19-12 10:00,,,,

            """)
        #expect(output.standardError == "\(Self.lateOrders):8:14: error: '19-12 10:00' has no year; write it like '2023-12-14 10:00'\n")
    }

    /// Runs the binary with standard input read from `path`, as `storingen … < path`.
    func run(_ arguments: [String], standardInput path: String) throws -> CLI.Output {
        let process = Process()
        process.executableURL = CLI.binary
        process.arguments = arguments
        process.currentDirectoryURL = Fixtures.repositoryRoot()
        let input = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
        defer { try? input.close() }
        let output = Pipe(), error = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        let errData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CLI.Output(status: process.terminationStatus, standardOutput: String(decoding: outData, as: UTF8.self),
                          standardError: String(decoding: errData, as: UTF8.self))
    }

    @Test func everyRowAnsweredExitsZeroAndStandardInputIsNamed() throws {
        let arguments = ["excused", "--norm", "cancellations", "--check", "-"] + Self.asOf
        let output = try run(arguments, standardInput: try temporaryCSV("timestamp\r\n2023-12-19 17:00\r\n2023-12-21 17:00"))
        #expect(output.status == 0, "\(output.standardError)")
        #expect(output.standardOutput == "timestamp,excused,window_start,window_end,incidents\r\n"
            + "2023-12-19 17:00,true,2023-12-18T09:30:00+01:00,2023-12-20T09:00:00+01:00,2023-12-13-bestellingen\r\n"
            + "2023-12-21 17:00,false,,,\r\n")
        #expect(output.standardError == "")
        let named = try run(arguments, standardInput: try temporaryCSV("timestamp\nmorgen\n"))
        #expect(named.status == 1)
        #expect(named.standardError.hasPrefix("<stdin>:2:1: error: cannot read the time 'morgen'"))
    }

    @Test func badRowsAreReportedWhereTheyAreAndTheRunGoesOn() throws {
        let path = try temporaryCSV("""
            id,note,timestamp
            1,ok,2023-12-19 17:00
            2,uur,"2023-12-19 25:00"
            3,"meerdere
            regels",morgen
            4
            5,ok,2023-12-19 17:00
            """)
        let output = try CLI.run(["excused", "--norm", "on-time-delivery", "--check", path] + Self.asOf)
        #expect(output.status == 1)
        #expect(output.standardError.split(separator: "\n") == [
            "\(path):3:7: error: 25:00 is not a time of day; use 00:00 to 23:59",
            "\(path):4:9: error: cannot read the time 'morgen'; write it like '2023-12-14 10:00' or '2023-12-14T10:00+01:00'",
            "\(path):6:2: error: this row has 1 field; column `timestamp` is field 3",
        ])
        let rows = output.standardOutput.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(rows[2] == "2,uur,\"2023-12-19 25:00\",,,,")
        #expect(rows[4] == "regels\",morgen,,,,")
        #expect(rows[6] == "5,ok,2023-12-19 17:00,true,2023-12-18T09:30:00+01:00,2023-12-20T09:00:00+01:00,2023-12-13-bestellingen")
        // The last line had no line end; the output ends it like the others.
        #expect(output.standardOutput.hasSuffix("bestellingen\n"))
    }

    @Test func jsonLinesParse() throws {
        let output = try CLI.run(["excused", "--norm", "on-time-delivery", "--check", Self.lateOrders, "--column", "ordered_at",
                                  "--format", "json"] + Self.asOf)
        #expect(output.status == 1)
        let lines = output.standardOutput.split(separator: "\n")
        #expect(lines.count == 7)
        let objects = try lines.map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        #expect(objects.map { $0["order"] as? String } == (1...7).map { "NL-100\($0)" })
        #expect(objects.map { $0["excused"] as? Bool } == [false, true, false, true, true, false, nil])
        #expect(objects[3]["incidents"] as? [String] == ["2023-12-13-bestellingen"])
        #expect(objects[6]["excused"] is NSNull)
    }

    @Test func aNormPerRowFromANormColumn() throws {
        let path = try temporaryCSV("norm,timestamp\nreturns,2023-12-19 17:00\ncancellations,2023-12-19 17:00\nsnelheid,2023-12-19 17:00\n")
        let output = try CLI.run(["excused", "--norm-column", "norm", "--check", path] + Self.asOf)
        #expect(output.status == 1)
        #expect(output.standardOutput.split(separator: "\n").dropFirst() == [
            "returns,2023-12-19 17:00,false,,,",
            "cancellations,2023-12-19 17:00,true,2023-12-18T09:30:00+01:00,2023-12-20T09:00:00+01:00,2023-12-13-bestellingen",
            "snelheid,2023-12-19 17:00,,,,",
        ])
        #expect(output.standardError.hasPrefix("\(path):4:1: error: unknown norm 'snelheid'; known norms: on-time-delivery, "))
    }

    @Test func aMissingColumnStopsTheRunWithExit2() throws {
        let output = try CLI.run(["excused", "--norm", "on-time-delivery", "--check", Self.lateOrders] + Self.asOf)
        #expect(output.status == 2)
        #expect(output.standardOutput == "")
        #expect(output.standardError == "\(Self.lateOrders):1:1: error: the header has no column `timestamp` (--column); its columns are `order`, `seller`, `ordered_at`\n")
    }

    @Test(arguments: [
        ["--norm", "snelheid", "--check", lateOrders],
        ["--check", lateOrders],
        ["--norm", "returns", "--norm-column", "norm", "--check", lateOrders],
        ["--norm", "returns", "--check", lateOrders, "--at", "2023-12-19 17:00"],
        ["--norm", "returns", "--check", lateOrders, "--format", "ics"],
        ["--norm", "returns", "--column", "ordered_at"],
        ["--norm", "returns", "--check", "does-not-exist.csv"],
        ["--norm", "returns", "--check", lateOrders, "--incidents", "Tests/StoringenEndToEndTests/Fixtures/broken"],
    ])
    func badArgumentsAndBrokenInputExit2(arguments: [String]) throws {
        let output = try CLI.run(["excused"] + arguments + Self.asOf)
        #expect(output.status == 2, "\(arguments): \(output.standardError)")
        #expect(output.standardOutput == "")
        #expect(output.standardError.contains("rror"))
    }
}
