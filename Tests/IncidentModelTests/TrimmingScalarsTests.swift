import Foundation
import IncidentModel
import Testing

/// `trimmingScalars(in:)` stands in for Foundation's `trimmingCharacters(in:)` where
/// thousands of texts are trimmed: it must trim exactly what Foundation trims.
@Suite struct TrimmingScalarsTests {
    static let texts = [
        "", " ", "\n\n", "plain", "  both ends  ", "\tTab en regel\n", "\r\nWindows\r\n", "\u{00A0}nbsp\u{2003}",
        "\u{85}next line\u{2028}", "  ✓ klaar.  ", "…en verder…", " e\u{301} ", "\u{301} ", "🇳🇱\n", "\n\nTwee\n\nalinea's\n\n",
        "!Opgelost!", "-- Monitoring --", "a", " a", "a ",
    ]

    @Test(arguments: texts)
    func trimsWhatFoundationTrims(text: String) {
        for set in [CharacterSet.whitespaces, .whitespacesAndNewlines, .whitespaces.union(.punctuationCharacters)] {
            #expect(text.trimmingScalars(in: set) == text.trimmingCharacters(in: set), "\(text.debugDescription)")
        }
    }
}
