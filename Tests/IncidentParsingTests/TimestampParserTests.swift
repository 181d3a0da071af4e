import Testing
@testable import IncidentParsing

/// The timestamp grammar of docs/authoring.md (Timestamps), one row per accepted style and
/// per near miss.
struct TimestampParserTests {
    static let accepted: [(String, WrittenTimestamp)] = [
        ("2023-12-19 15:00", WrittenTimestamp(year: 2023, month: 12, day: 19, hour: 15, minute: 0)),
        ("2023-12-19T15:00", WrittenTimestamp(year: 2023, month: 12, day: 19, hour: 15, minute: 0)),
        ("2023-12-19T15:00+01:00", WrittenTimestamp(year: 2023, month: 12, day: 19, hour: 15, minute: 0, utcOffset: 3_600)),
        ("2024-07-01T08:05:30-02:30", WrittenTimestamp(year: 2024, month: 7, day: 1, hour: 8, minute: 5, second: 30, utcOffset: -9_000)),
        ("2023-12-19T14:00Z", WrittenTimestamp(year: 2023, month: 12, day: 19, hour: 14, minute: 0, utcOffset: 0)),
        ("19-12-2023 15:00", WrittenTimestamp(year: 2023, month: 12, day: 19, hour: 15, minute: 0)),
        ("19-12 15:00", WrittenTimestamp(year: nil, month: 12, day: 19, hour: 15, minute: 0)),
        ("19-12: 15:00 uur", WrittenTimestamp(year: nil, month: 12, day: 19, hour: 15, minute: 0)),
        ("19-12  15:50 uur", WrittenTimestamp(year: nil, month: 12, day: 19, hour: 15, minute: 50)),
        ("9-1 8:05", WrittenTimestamp(year: nil, month: 1, day: 9, hour: 8, minute: 5)),
        ("19 december 2023 om 15:00", WrittenTimestamp(year: 2023, month: 12, day: 19, hour: 15, minute: 0)),
        ("19 december 15:00", WrittenTimestamp(year: nil, month: 12, day: 19, hour: 15, minute: 0)),
        ("3 maart 2024 om 09:15 uur", WrittenTimestamp(year: 2024, month: 3, day: 3, hour: 9, minute: 15)),
        ("1 mei 10:00", WrittenTimestamp(year: nil, month: 5, day: 1, hour: 10, minute: 0)),
        ("12 okt. 2024 13:00", WrittenTimestamp(year: 2024, month: 10, day: 12, hour: 13, minute: 0)),
        ("December 19, 2023 15:00", WrittenTimestamp(year: 2023, month: 12, day: 19, hour: 15, minute: 0)),
        ("December 19, 2023 at 15:00", WrittenTimestamp(year: 2023, month: 12, day: 19, hour: 15, minute: 0)),
        ("march 3 09:00", WrittenTimestamp(year: nil, month: 3, day: 3, hour: 9, minute: 0)),
        ("Oct 8, 2024 12:30", WrittenTimestamp(year: 2024, month: 10, day: 8, hour: 12, minute: 30)),
        ("19 December 2023 15:00", WrittenTimestamp(year: 2023, month: 12, day: 19, hour: 15, minute: 0)),
        // Out-of-range numbers are read so that the resolver can say what is wrong.
        ("31-02 10:00", WrittenTimestamp(year: nil, month: 2, day: 31, hour: 10, minute: 0)),
        ("2023-13-01 10:00", WrittenTimestamp(year: 2023, month: 13, day: 1, hour: 10, minute: 0)),
    ]

    @Test(arguments: accepted)
    func readsEveryStyle(text: String, expected: WrittenTimestamp) {
        #expect(TimestampParser.parse(text) == expected)
    }

    static let rejected = [
        "19-12", "15:00", "19-12-23 15:00", "2023-12-19", "19 decembre 2023 15:00", "19-12 1500",
        "20231219 15:00", "19-12 15:00 uurtje", "December 2023 15:00", "gisteren 15:00", "",
    ]

    @Test(arguments: rejected)
    func rejectsWhatIsNotATimestamp(text: String) {
        #expect(TimestampParser.parse(text) == nil)
    }

    @Test(arguments: [
        ("19-12 15:00 — Opgelost", 11),
        ("19-12: 15:00 uur — Opgelost", 16),
        ("2023-12-19T15:00+01:00 - Onderzoek", 22),
        ("13 december 2023 om 12:23 — Onderzoek", 25),
        ("December 19, 2023 15:00: Resolved", 23),
        ("2024-05-14 11:20: Geïdentificeerd", 16),
    ])
    func prefixLengthStopsBeforeTheStatus(text: String, length: Int) {
        #expect(TimestampParser.parsePrefix(text)?.length == length)
    }

    @Test(arguments: [
        ("19-12 25:00", true), ("31-02 10:00", true), ("19 dec 15h", true), ("December 19 late", true),
        ("2023-12-19 lunch", true), ("3 dingen die je moet weten", false), ("Wat moet ik doen?", false),
        ("2 oplossingen", false), ("Update", false),
    ])
    func knowsWhatLooksLikeATimestamp(text: String, looksLike: Bool) {
        #expect(TimestampParser.looksLikeTimestamp(text) == looksLike)
    }
}
