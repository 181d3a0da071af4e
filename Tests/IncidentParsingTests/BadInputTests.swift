import IncidentModel
import Testing
@testable import IncidentParsing

/// Every kind of bad input named in docs/authoring.md (Checking incidents, Input limits)
/// and the parsing issue: each is a located
/// error with a message that says what to do, and never a crash or a hang.
struct BadInputTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var bytes: [UInt8]
        /// `line:column: severity: message`, in order.
        var expected: [String]
        var testDescription: String { name }

        init(_ name: String, _ text: String, _ expected: [String]) {
            self.init(name, bytes: Array(text.utf8), expected)
        }

        init(_ name: String, bytes: [UInt8], _ expected: [String]) {
            self.name = name
            self.bytes = bytes
            self.expected = expected
        }
    }

    static let cases: [Case] = [
        Case("unknown front matter keys", "---\ntitle: T\nservcies: [orders]\nimpakt: major\n---\n## 2024-01-02 10:00 — Onderzoek\n", [
            "3:1: error: unknown front matter key `servcies`; did you mean `services`? allowed keys: title, services, impact, opened, kind, scheduled, norms, began, lang, slug",
            "4:1: error: unknown front matter key `impakt`; did you mean `impact`? allowed keys: title, services, impact, opened, kind, scheduled, norms, began, lang, slug",
        ]),
        Case("unknown service", "---\ntitle: T\nservices: [orders, bestelling]\n---\n## 2024-01-02 10:00 — Onderzoek\n", [
            "3:20: error: unknown service `bestelling`; known services: orders, cancellations, shipping, customer-questions, returns, phone, billing, account, offers",
        ]),
        Case("a typo of a service, worded as in site.yml and notify targets", "---\ntitle: T\nservices: [order]\n---\n## 2024-01-02 10:00 — Onderzoek\n", [
            "3:12: error: unknown service `order`; did you mean `orders`? known services: orders, cancellations, shipping, customer-questions, returns, phone, billing, account, offers",
        ]),
        Case("unknown norm", "---\ntitle: T\nnorms:\n  - response-time\n  - snelheid\n---\n## 2024-01-02 10:00 — Onderzoek\n", [
            "5:5: error: unknown norm `snelheid`; known norms: on-time-delivery, cancellations, track-and-trace, response-time, phone-reachability, returns, rating",
        ]),
        Case("bad choice values", "---\ntitle: T\nimpact: huge\nkind: outage\nlang: de\nslug: Mijn Storing\n---\n## 2024-01-02 10:00 — Onderzoek\n", [
            "3:9: error: `impact` must be one of none, minor, major, critical, not `huge`",
            "4:7: error: `kind` must be one of incident, maintenance, not `outage`",
            "5:7: error: `lang` must be one of nl, en, not `de`",
            "6:7: error: `slug` may only use lowercase letters, digits and `-`, such as `2023-12-13-bestellingen`",
        ]),
        Case("a key given twice", "---\ntitle: T\ntitle: U\n---\n## 2024-01-02 10:00 — Onderzoek\n", [
            "3:1: error: `title` is given twice; the first is on line 2",
        ]),
        Case("unclosed front matter", "---\ntitle: T\nservices: [orders]\n\n## 2024-01-02 10:00 — Onderzoek\n", [
            "1:1: error: front matter is not closed: add a line `---` after its last key",
        ]),
        Case("invalid YAML", "---\ntitle: [unclosed\n---\n## 2024-01-02 10:00 — Onderzoek\n", [
            "3:1: error: front matter is not valid YAML: did not find expected ',' or ']' (while parsing a flow sequence)",
        ]),
        Case("YAML aliases", "---\ntitle: &a T\nslug: *a\n---\n## 2024-01-02 10:00 — Onderzoek\n", [
            "2:8: error: YAML anchors (`&name`) and aliases (`*name`) are not supported in front matter; if this is text, put it in quotes",
        ]),
        Case("missing title", "---\nservices: [orders]\n---\n## 2024-01-02 10:00 — Onderzoek\n", [
            "1:1: error: missing title: add `title:` to the front matter or start the text with a `# Title` heading",
        ]),
        Case("impossible date", "---\ntitle: T\nopened: 2024-02-20 10:00\n---\n## 31-02 10:00 — Onderzoek\n", [
            "5:4: error: 31-02 does not exist on the calendar",
        ]),
        Case("impossible time and unreadable heading", "---\ntitle: T\n---\n## 2024-12-19 25:00 — Onderzoek\n\n## 19 decembr 2024 10:00\n", [
            "4:4: error: 25:00 is not a time of day; use 00:00 to 23:59",
            "6:4: error: cannot read the time in `19 decembr 2024 10:00`; write it like `19-12 15:00 uur`, `2023-12-19 15:00` or `19 december 2023 om 15:00`",
        ]),
        Case("no year anywhere", "---\ntitle: T\n---\n## 19-12 10:00 — Onderzoek\n", [
            "4:4: error: this time has no year and the incident has neither `opened:` nor an update with a year; add `opened: YYYY-MM-DD HH:MM` to the front matter or write the year",
        ]),
        Case("mixed update order names both lines", "---\ntitle: T\n---\n## 2024-01-02 12:00 — Opgelost\n\n## 2024-01-02 11:00 — Monitoren\n\n## 2024-01-02 13:00 — Bericht\n", [
            "8:1: error: updates change order here: lines 4 and 6 list them newest first, but line 8 is newer than line 6 above it; keep one direction per file",
        ]),
        Case("unknown and misplaced statuses", "---\ntitle: T\n---\n## 2024-01-02 10:00 — Klaar\n## 2024-01-02 11:00 — Gepland\n", [
            "4:25: error: unknown status `Klaar`; write one of: Onderzoek, Storing, Investigating, Oorzaak gevonden, Geïdentificeerd, Identified, Monitoren, In de gaten, Monitoring, Opgelost, Verholpen, Hersteld, Resolved, Update, Bericht, or nothing for a plain update",
            "5:25: error: `Gepland` is a maintenance status; add `kind: maintenance` to the front matter or use an incident status such as Onderzoek or Opgelost",
        ]),
        Case("incident status in maintenance", "---\ntitle: T\nkind: maintenance\nscheduled: 2024-01-02 22:00 .. 2024-01-03 01:00\n---\n## 2024-01-02 10:00 — Opgelost\n", [
            "6:25: error: `Opgelost` is an incident status; maintenance uses Gepland, Bezig, Controleren and Afgerond",
        ]),
        Case("maintenance without a range", "---\ntitle: T\nkind: maintenance\n---\n## 2024-01-02 12:00 — Gepland\n", [
            "3:7: error: maintenance needs a range: add `scheduled: START .. END` to the front matter or an update with status Bezig",
        ]),
        Case("schedule that ends before it starts", "---\ntitle: T\nkind: maintenance\nscheduled: 2024-01-02 22:00 .. 2024-01-02 21:00\n---\n## 2024-01-01 12:00 — Gepland\n", [
            "4:32: error: `scheduled` ends before it starts",
        ]),
        Case("resolution before the start", "---\ntitle: T\nopened: 2024-01-02 12:00\n---\n## 2024-01-02 11:00 — Opgelost\n", [
            "3:9: warning: `opened:` is later than the first update (2024-01-02 11:00)",
            "5:1: error: resolved at 2024-01-02 11:00, before the incident started at 2024-01-02 12:00 (`opened:`)",
        ]),
        Case("completed before in progress", "---\ntitle: T\nkind: maintenance\n---\n## 2024-01-02 09:00 — Afgerond\n## 2024-01-02 10:00 — Bezig\n", [
            "5:1: error: the maintenance is completed at 2024-01-02 09:00, before it started (Bezig) at 2024-01-02 10:00",
        ]),
        Case("both DST errors", "---\ntitle: T\n---\n## 2024-03-31 02:30 — Onderzoek\n## 2024-10-27 02:30 — Opgelost\n", [
            "4:4: error: 2024-03-31 02:30 does not exist in Europe/Amsterdam: the clocks jump from 02:00 to 03:00 that night (summer time starts); write the time after 03:00, or give the offset explicitly, such as `2024-03-31T02:30+01:00`",
            "5:4: error: 2024-10-27 02:30 happens twice in Europe/Amsterdam: the clocks go back from 03:00 to 02:00 that night (summer time ends); say which with an offset: `2024-10-27T02:30+02:00` for the first, `2024-10-27T02:30+01:00` for the second",
        ]),
        Case("scheduled on an incident", "---\ntitle: T\nscheduled: 2024-01-02 22:00 .. 2024-01-03 01:00\n---\n## 2024-01-02 10:00 — Onderzoek\n", [
            "3:12: error: `scheduled` is for maintenance; add `kind: maintenance` or remove it",
        ]),
        Case("invalid UTF-8", bytes: Array("---\ntitle: T".utf8) + [0xFF] + Array("\n---\n".utf8), [
            "2:9: error: file is not valid UTF-8 (byte 0xFF); save it as UTF-8",
        ]),
        Case("empty file", "", ["1:1: error: file is empty; an incident needs front matter and at least a title"]),
        Case("blank file", " \n\n\t\n", ["1:1: error: file is empty; an incident needs front matter and at least a title"]),
        Case("NUL byte", bytes: Array("---\ntitle: T\n---\nab".utf8) + [0] + Array("c\n".utf8), [
            "4:3: error: file contains a NUL byte; is it a binary file? Incidents are UTF-8 text",
        ]),
        Case("a 5 MB single line", "---\ntitle: T\n---\n" + String(repeating: "x", count: 5 << 20), [
            "1:1: error: file is 5242897 bytes; the limit is 1048576 bytes per incident file",
        ]),
        Case("a long line under the file limit", "---\ntitle: T\n---\n" + String(repeating: "x", count: 100_000), [
            "4:1: error: line is 100000 bytes long; the limit is 65536 bytes",
        ]),
        Case("10,000 nested block quotes", "---\ntitle: T\n---\n## 2024-01-02 10:00\n" + String(repeating: ">", count: 10_000) + " diep\n", [
            "5:10002: error: Markdown is nested 10002 levels deep; the limit is 100",
        ]),
        Case("front matter that is not a mapping", "---\n- a\n- b\n---\n# T\n## 2024-01-02 10:00\n", [
            "2:1: error: front matter must be `key: value` lines, such as `title: Storing bestellingen`",
        ]),
        Case("list where one value is expected", "---\ntitle: [a, b]\nservices: orders\nopened: gisteren\n---\n## 2024-01-02 10:00\n", [
            "2:8: error: `title` needs a single value",
            "4:9: error: `opened` is not a time I can read: `gisteren`; write it like `2023-12-13 12:23`",
        ]),
    ]

    @Test(arguments: cases)
    func eachBadInputIsALocatedError(_ input: Case) {
        let result = IncidentParser().parse(input.bytes, path: "bad.md")
        let actual = result.diagnostics.map { "\($0.location.line):\($0.location.column): \($0.severity.rawValue): \($0.message)" }
        #expect(actual == input.expected)
        #expect(result.diagnostics.allSatisfy { $0.location.path == "bad.md" })
        if input.expected.contains(where: { $0.contains(": error: ") }) {
            #expect(result.incident == nil, "a file with errors must not yield an incident")
        }
    }

    @Test func aMissingTitleInAnotherwiseFineFileStillReportsEveryOtherError() {
        let text = "---\nservices: [ordres]\n---\n## 31-02-2024 10:00 — Klaar\n"
        let lines = IncidentParser().parse(text, path: "x.md").diagnostics.map(\.location.line)
        #expect(lines == [1, 2, 4, 4])
    }
}
