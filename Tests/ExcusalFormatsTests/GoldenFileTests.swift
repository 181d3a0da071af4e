import Foundation
import IncidentModel
import ServiceNorms
import Testing
import TestSupport
import ExcusalFormats

@Suite("Formats against golden files")
struct GoldenFileTests {
    let report = SampleReport.report

    @Test("JSON")
    func json() {
        Snapshot.assertMatches(ExcusalJSONRenderer.render(report, schema: SampleReport.schema), named: "report.json")
    }

    @Test("CSV")
    func csv() {
        Snapshot.assertMatches(ExcusalCSVRenderer.render(report), named: "report.csv")
    }

    @Test("text, Dutch and English")
    func text() {
        Snapshot.assertMatches(ExcusalTextRenderer.render(report), named: "report.nl.txt")
        Snapshot.assertMatches(ExcusalTextRenderer.render(report, language: .en), named: "report.en.txt")
    }

    @Test("iCalendar for the whole report and for one norm")
    func iCalendar() throws {
        Snapshot.assertMatches(ExcusalICalendarRenderer.calendar(for: report), named: "report.ics")
        let delivery = try #require(report.excusal(of: NormKey("on-time-delivery")))
        Snapshot.assertMatches(
            ExcusalICalendarRenderer.calendar(for: delivery, at: report.moment), named: "on-time-delivery.ics")
    }

    @Test("the format enum renders what the renderers render")
    func formatEnum() {
        #expect(ExcusalFormat(rawValue: "json")?.render(report, baseURL: SampleReport.baseURL) == ExcusalJSONRenderer.render(report, schema: SampleReport.schema))
        #expect(ExcusalFormat.ics.render(report, baseURL: SampleReport.baseURL) == ExcusalICalendarRenderer.calendar(for: report))
        #expect(ExcusalFormat.allCases.map(\.fileExtension) == ["txt", "json", "csv", "ics"])
        #expect(ExcusalFormat(rawValue: "xml") == nil)
    }
}

@Suite("Golden-file line diff")
struct LineDiffTests {
    @Test("changed, removed and added lines, carriage returns visible")
    func diff() {
        let expected = "a\nb\nc\nd\n"
        let actual = "a\nB\nc\r\ne\nf\n"
        #expect(LineDiff.describe(expected: expected, actual: actual) == """
            -2: b
            -3: c
            -4: d
            +2: B
            +3: c␍
            +4: e
            +5: f
            """)
    }
}
