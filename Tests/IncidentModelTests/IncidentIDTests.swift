import Foundation
import IncidentModel
import Testing

/// An id keeps its text's hash (worked out once, for the tables a site looks ids up in
/// millions of times); it must still behave exactly as its text does.
@Suite struct IncidentIDTests {
    @Test func idsAreEqualAndHashAlikeExactlyWhenTheirTextsAre() {
        let texts = ["2024-03-01-storing", "2024-03-01-storing-2", "", "caf\u{E9}", "cafe\u{301}", "a", "b"]
        for lhs in texts {
            for rhs in texts {
                #expect((IncidentID(lhs) == IncidentID(rhs)) == (lhs == rhs), "\(lhs) vs \(rhs)")
                if lhs == rhs { #expect(IncidentID(lhs).hashValue == IncidentID(rhs).hashValue) }
                #expect((IncidentID(lhs) < IncidentID(rhs)) == (lhs < rhs))
            }
        }
        // Canonically equivalent texts are equal strings, so equal ids with one hash.
        #expect(IncidentID("caf\u{E9}") == IncidentID("cafe\u{301}"))
        #expect(Set([IncidentID("caf\u{E9}"), IncidentID("cafe\u{301}")]).count == 1)
    }

    @Test func tablesFindIdsMadeAnew() {
        let ids = (0..<1_000).map { IncidentID("2024-01-01-storing-\($0)") }
        let table = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, $0) })
        for number in 0..<1_000 { #expect(table[IncidentID("2024-01-01-storing-\(number)")] == number) }
        #expect(table[IncidentID("2024-01-01-storing-1000")] == nil)
    }

    @Test func anIdIsWrittenAndReadAsItsText() throws {
        let id = IncidentID(rawValue: "2024-03-01-storing")
        let encoded = try JSONEncoder().encode([id])
        #expect(String(decoding: encoded, as: UTF8.self) == #"["2024-03-01-storing"]"#)
        let decoded = try JSONDecoder().decode([IncidentID].self, from: encoded)
        #expect(decoded == [id])
        #expect(decoded[0].hashValue == id.hashValue)
    }
}
