import Foundation
import Testing

@testable import IncidentParsing

/// Titles are trimmed without Foundation's `NSString` round trip; the result must be
/// the one `trimmingCharacters(in: .whitespaces)` gives.
struct StringTrimmingTests {
    @Test(arguments: [
        "", " ", "\t \t", "Storing", "  Storing  ", "\tStoring bestellingen\t",
        "\u{00A0}Storing\u{00A0}", "\u{3000}全角\u{3000}", "\u{2003}em space\u{2009}",
        "Storing\n", "\nStoring", " e\u{0301} ", "a b  c", " \u{200B}zero width\u{200B} ",
    ])
    func trimsWhatFoundationTrims(text: String) {
        #expect(text.trimmingSpaces() == text.trimmingCharacters(in: .whitespaces))
    }
}
