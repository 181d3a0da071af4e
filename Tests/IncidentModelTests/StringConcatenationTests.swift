import IncidentModel
import Testing

/// Routes are joined with `String.concatenation`: it must give what `+` gives, with
/// empty and non-ASCII parts anywhere.
@Suite struct StringConcatenationTests {
    @Test(arguments: [
        ["", "incidents/", "x", "/"], ["en/", "norms/", "op-tijd", "/", "2024-W01", "/"], ["", ""], ["a", ""],
        ["", "b", "", "d", "", "f"], ["é", "€", "🇳🇱", "\u{301}", "regel\n", "\"'<>&"],
        [String(repeating: "lang ", count: 40), "deel"],
    ])
    func givesWhatPlusGives(parts: [String]) {
        let padded = parts + Array(repeating: "", count: 6 - parts.count)
        let joined = String.concatenation(padded[0], padded[1], padded[2], padded[3], padded[4], padded[5])
        #expect(joined == parts.joined())
        #expect(joined.utf8.count == parts.map(\.utf8.count).reduce(0, +))
    }
}
