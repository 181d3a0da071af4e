import ExcusalFormats
import Foundation
import IncidentModel
import OutputEncoding
import ServiceNorms
import TestSupport
import Testing

/// Our JSON and iCalendar read by independent implementations: Python's `jsonschema`
/// and `icalendar` packages (`pip install jsonschema icalendar`).
@Suite("Validation by independent libraries")
struct ExternalValidationTests {
    let report = SampleReport.report

    @Test("the JSON matches the JSON Schema", .enabled(
        if: Python.hasModules("jsonschema"),
        "needs python3 with the jsonschema package (pip install jsonschema)"))
    func jsonSchema() throws {
        let document = try Python.temporaryFile(ExcusalJSONRenderer.render(report, schema: SampleReport.schema), suffix: ".json")
        defer { try? FileManager.default.removeItem(at: document) }
        let result = try validate(document)
        #expect(result.status == 0, "\(result.output)")
    }

    @Test("the schema rejects what docs/excusal.md forbids", .enabled(
        if: Python.hasModules("jsonschema"),
        "needs python3 with the jsonschema package (pip install jsonschema)"))
    func schemaIsStrict() throws {
        // A fractional second count and a UTC `Z` time: both wrong by docs/excusal.md
        // (Asking: `storingen excused`).
        let broken = ExcusalJSONRenderer.render(report, schema: SampleReport.schema)
            .replacingOccurrences(of: "\"excusedSeconds\" : 98820", with: "\"excusedSeconds\" : 98820.5")
            .replacingOccurrences(of: "2024-04-02T12:00:00+02:00", with: "2024-04-02T10:00:00Z")
        let document = try Python.temporaryFile(broken, suffix: ".json")
        defer { try? FileManager.default.removeItem(at: document) }
        let result = try validate(document)
        #expect(result.status == 1)
        #expect(result.output.contains("98820.5"))
        #expect(result.output.contains("2024-04-02T10:00:00Z"))
    }

    /// Runs validate_json.py on `document` with the published schema of `api/excused.json`.
    func validate(_ document: URL) throws -> (status: Int32, output: String) {
        let schema = try Python.temporaryFile(JSONSchema.excused.text, suffix: ".json")
        defer { try? FileManager.default.removeItem(at: schema) }
        return try Python.run([Fixtures.directory().appendingPathComponent("validate_json.py").path, schema.path, document.path])
    }

    /// What validate_ics.py prints.
    struct ParsedCalendar: Decodable {
        struct Event: Decodable, Equatable {
            var uid: String
            var start: String
            var end: String
            var summary: String
            var description: String
            var status: String
        }

        var name: String
        var events: [Event]
        var problems: [String]
    }

    func parse(_ calendar: String) throws -> (status: Int32, parsed: ParsedCalendar) {
        let file = try Python.temporaryFile(calendar, suffix: ".ics")
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try Python.run([Fixtures.directory().appendingPathComponent("validate_ics.py").path, file.path])
        let parsed = try JSONDecoder().decode(ParsedCalendar.self, from: Data(result.output.utf8))
        return (result.status, parsed)
    }

    @Test("icalendar reads back every window, unescaped and unfolded", .enabled(
        if: Python.hasModules("icalendar"),
        "needs python3 with the icalendar package (pip install icalendar)"))
    func iCalendarRoundTrip() throws {
        let (status, parsed) = try parse(ExcusalICalendarRenderer.calendar(for: report))
        #expect(status == 0)
        #expect(parsed.problems.isEmpty)
        #expect(parsed.name == "Uitgezonderde servicenormen")
        let windows = report.norms.flatMap { excusal in excusal.windows.map { (excusal.norm, $0) } }
        try #require(parsed.events.count == windows.count)
        for (event, (norm, window)) in zip(parsed.events, windows) {
            #expect(event.uid == ExcusalICalendarRenderer.uid(norm: norm.key, window: window))
            #expect(event.start == utc(window.range.start))
            #expect(event.end == utc(window.range.end))
            #expect(event.summary.hasPrefix("Uitgezonderd: \(norm.name.nl)"))
            #expect(event.description.contains("\nStoringen: \(window.incidents.map(\.rawValue).joined(separator: ", "))"))
            #expect(event.status == (window.ongoing ? "TENTATIVE" : "CONFIRMED"))
        }
    }

    @Test("icalendar reads back escapes and long multi-byte lines exactly", .enabled(
        if: Python.hasModules("icalendar"),
        "needs python3 with the icalendar package (pip install icalendar)"))
    func iCalendarHardText() throws {
        let text = "Komma, puntkomma; backslash \\ en\nnieuwe regel. " + String(repeating: "€🛒é", count: 30)
        let calendar = ICalendarWriter.write(ICalendarComponent(
            "VCALENDAR",
            properties: [ICalendarProperty(name: "VERSION", rawValue: "2.0"),
                         ICalendarProperty(name: "PRODID", rawValue: "-//storingen//test//NL")],
            components: [ICalendarComponent("VEVENT", properties: [
                .text("UID", "x@storingen"), .utc("DTSTAMP", Date(timeIntervalSince1970: 0)),
                .utc("DTSTART", Date(timeIntervalSince1970: 0)), .utc("DTEND", Date(timeIntervalSince1970: 60)),
                .text("SUMMARY", text), .text("DESCRIPTION", text),
            ])]))
        let (status, parsed) = try parse(calendar)
        #expect(status == 0, "\(parsed.problems)")
        #expect(parsed.events.first?.summary == text)
        #expect(parsed.events.first?.description == text)
    }

    @Test("a norm with nothing excused still gets a calendar that parses", .enabled(
        if: Python.hasModules("icalendar"),
        "needs python3 with the icalendar package (pip install icalendar)"))
    func emptyCalendar() throws {
        let rating = try #require(report.excusal(of: NormKey("rating")))
        try #require(rating.windows.isEmpty)
        let (status, parsed) = try parse(ExcusalICalendarRenderer.calendar(for: rating, at: report.moment))
        #expect(status == 0, "\(parsed.problems)")
        #expect(parsed.name == "Uitgezonderd: Beoordelingscijfer")
        #expect(parsed.events.isEmpty)
    }

    func utc(_ instant: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: instant)
    }
}
