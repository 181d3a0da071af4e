import ExcusalFormats
import Foundation
import IncidentModel
import ServiceNorms
import Testing

/// An event names the first incidents of its window and counts the rest: a window merged
/// from a forgotten "Opgelost" holds thousands, and calendar clients cut long descriptions off.
@Suite struct ExcusalICalendarDescriptionTests {
    let norm = SampleReport.report.norms[0].norm

    func description(incidents count: Int, language: Language) -> String {
        let ids = (1...count).map { IncidentID("storing-\($0)") }
        let window = ExcusedWindow(
            range: TimeRange(start: instant("2024-01-08T09:00:00+01:00"), end: instant("2024-01-08T17:00:00+01:00")),
            incidents: ids)
        let excusal = NormExcusal(norm: norm, windows: [window], periods: [])
        let calendar = ExcusalICalendarRenderer.calendar(
            for: excusal, at: Moment(instant("2024-02-01T12:00:00+01:00")), language: language)
        // Unfolded: continuation lines start with a space.
        let unfolded = calendar.replacingOccurrences(of: "\r\n ", with: "")
        let line = unfolded.split(separator: "\r\n").first { $0.hasPrefix("DESCRIPTION:") }
        return line.map { String($0.dropFirst("DESCRIPTION:".count)) } ?? ""
    }

    @Test("up to the limit every incident is named", arguments: [1, ExcusalICalendarRenderer.namedIncidents])
    func namesAll(count: Int) {
        let text = description(incidents: count, language: .nl)
        let names = (1...count).map { "storing-\($0)" }.joined(separator: "\\, ")
        #expect(text.hasSuffix("\\nStoringen: \(names)"), "\(text)")
    }

    @Test("past the limit the first are named and the rest counted, in each language", arguments: [
        (Language.nl, "\\nStoringen: ", " en 3412 andere"),
        (Language.en, "\\nIncidents: ", " and 3412 more"),
    ])
    func countsTheRest(language: Language, label: String, rest: String) {
        let limit = ExcusalICalendarRenderer.namedIncidents
        let text = description(incidents: limit + 3412, language: language)
        let names = (1...limit).map { "storing-\($0)" }.joined(separator: "\\, ")
        #expect(text.hasSuffix(label + names + rest), "\(text)")
        #expect(!text.contains("storing-\(limit + 1)"))
    }
}
