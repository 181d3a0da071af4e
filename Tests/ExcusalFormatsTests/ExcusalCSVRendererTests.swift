import Foundation
import IncidentModel
import ServiceNorms
import Testing
import ExcusalFormats

@Suite("CSV")
struct ExcusalCSVRendererTests {
    @Test("RFC 4180 quoting only where needed", arguments: [
        ("plain", "plain"),
        ("a,b", "\"a,b\""),
        ("say \"hi\"", "\"say \"\"hi\"\"\""),
        ("two\nlines", "\"two\nlines\""),
        ("cr\rhere", "\"cr\rhere\""),
        ("a;b", "a;b"),
    ])
    func quoting(input: String, expected: String) {
        #expect(ExcusalCSVRenderer.field(input) == expected)
    }

    @Test("a window with several incidents, one with a comma in its id")
    func incidentsJoined() throws {
        let norm = try #require(Catalogue.standard.norm(NormKey("returns")))
        let window = ExcusedWindow(
            range: TimeRange(start: instant("2023-12-13T12:23:00+01:00"), end: instant("2024-07-01T10:00:00+02:00")),
            incidents: [IncidentID("a"), IncidentID("b,c")], ongoing: true)
        let report = ExcusalReport(
            moment: Moment(instant("2024-07-01T10:00:00+02:00")),
            norms: [NormExcusal(norm: norm, windows: [window], periods: [])])
        #expect(ExcusalCSVRenderer.render(report) == """
            norm,start,end,incidents,ongoing
            returns,2023-12-13T12:23:00+01:00,2024-07-01T10:00:00+02:00,"a;b,c",true

            """)
    }

    @Test("an empty report is just the header")
    func empty() {
        let report = ExcusalReport(moment: Moment(instant("2024-01-01T00:00:00+01:00")), norms: [])
        #expect(ExcusalCSVRenderer.render(report) == "norm,start,end,incidents,ongoing\n")
    }
}
