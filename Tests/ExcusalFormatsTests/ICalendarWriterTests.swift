import ExcusalFormats
import Foundation
import IncidentModel
import OutputEncoding
import ServiceNorms
import Testing

@Suite("iCalendar writer")
struct ICalendarWriterTests {
    @Test("TEXT escaping", arguments: [
        ("plain", "plain"),
        ("a,b", "a\\,b"),
        ("a;b", "a\\;b"),
        ("back\\slash", "back\\\\slash"),
        ("two\nlines", "two\\nlines"),
        ("crlf\r\nline", "crlf\\nline"),
        ("cr\rline", "cr\\nline"),
        ("Track & trace: 13-12, 14-12", "Track & trace: 13-12\\, 14-12"),
    ])
    func escaping(input: String, expected: String) {
        #expect(ICalendarWriter.escapeText(input) == expected)
    }

    /// Undoes folding as RFC 5545 §3.1 says: remove every CRLF followed by one space.
    func unfold(_ text: String) -> String {
        text.replacingOccurrences(of: "\r\n ", with: "")
    }

    @Test("lines fold at 75 octets without splitting UTF-8 sequences", arguments: [
        String(repeating: "a", count: 75),  // exactly fits
        String(repeating: "a", count: 76),
        String(repeating: "a", count: 300),
        "DESCRIPTION:" + String(repeating: "é", count: 80),  // 2-byte sequences
        "SUMMARY:" + String(repeating: "€", count: 60),  // 3-byte sequences
        "X:" + String(repeating: "🛒", count: 50),  // 4-byte sequences
        "X:a" + String(repeating: "€", count: 40) + String(repeating: "🛒", count: 7),
    ])
    func folding(line: String) {
        let folded = ICalendarWriter.fold(line)
        let physical = folded.components(separatedBy: "\r\n")
        for (index, part) in physical.enumerated() {
            #expect(part.utf8.count <= 75, "line \(index) has \(part.utf8.count) octets")
            #expect(index == 0 || part.hasPrefix(" "))
            // Each physical line is valid UTF-8 by itself: no sequence was split.
            #expect(String(validating: Array(part.utf8), as: UTF8.self) != nil)
        }
        #expect(unfold(folded) == line)
        // Folding only as much as needed: every line but the last is full to within one character.
        for part in physical.dropLast() {
            #expect(part.utf8.count > 75 - 4)
        }
        #expect(physical.count == 1 || line.utf8.count > 75)
    }

    /// Lines of every length mixing sequences of one to four octets: each physical line
    /// holds whole sequences, and is folded only where the next sequence would not fit.
    @Test("every fold is as late as the limit allows and splits no sequence")
    func foldsAsLateAsAllowed() {
        let pieces = ["a", ",", "é", "€", "🛒", "x", " "]
        var generator = SystemRandomNumberGenerator()
        for length in 0..<400 {
            let line = "DESCRIPTION:" + (0..<length).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let folded = ICalendarWriter.fold(line)
            #expect(unfold(folded) == line)
            let physical = folded.components(separatedBy: "\r\n")
            for (index, part) in physical.enumerated() {
                #expect(part.utf8.count <= 75 && (index == 0 || part.hasPrefix(" ")))
                #expect(String(validating: Array(part.utf8), as: UTF8.self) != nil, "a sequence split in \(line)")
                guard index + 1 < physical.count, let next = physical[index + 1].dropFirst().first else { continue }
                #expect(part.utf8.count + next.utf8.count > 75, "folded early: \(part)")
            }
        }
    }

    @Test("a short line is left alone")
    func shortLine() {
        #expect(ICalendarWriter.fold("VERSION:2.0") == "VERSION:2.0")
        #expect(ICalendarWriter.fold("") == "")
    }

    @Test("components are written with CRLF, properties folded, children nested")
    func writesComponents() {
        let calendar = ICalendarComponent(
            "VCALENDAR", properties: [ICalendarProperty(name: "VERSION", rawValue: "2.0")],
            components: [ICalendarComponent("VEVENT", properties: [
                .text("SUMMARY", "a, b; c"),
                .utc("DTSTART", instant("2023-12-13T12:23:00+01:00")),
                .text("DESCRIPTION", String(repeating: "x", count: 70)),
            ])])
        #expect(ICalendarWriter.write(calendar) == [
            "BEGIN:VCALENDAR", "VERSION:2.0", "BEGIN:VEVENT", "SUMMARY:a\\, b\\; c", "DTSTART:20231213T112300Z",
            "DESCRIPTION:" + String(repeating: "x", count: 63), " " + String(repeating: "x", count: 7),
            "END:VEVENT", "END:VCALENDAR",
        ].map { $0 + "\r\n" }.joined())
    }

    @Test("UIDs are stable: norm key and UTC start")
    func uid() {
        let window = ExcusedWindow(
            range: TimeRange(start: instant("2024-03-31T03:30:00+02:00"), end: instant("2024-04-01T00:00:00+02:00")),
            incidents: [IncidentID("x")])
        #expect(ExcusalICalendarRenderer.uid(norm: NormKey("returns"), window: window) == "returns-20240331T013000Z@storingen")
    }
}
