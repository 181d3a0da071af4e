import SourceYAML
/// Dutch and English month names and their usual abbreviations, for timestamps such as
/// `19 december 2023 om 15:00` and `December 19, 2023 15:00`.
enum MonthNames {
    static let dutch = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
                        "september", "oktober", "november", "december"]
    static let english = ["january", "february", "march", "april", "may", "june", "july", "august",
                          "september", "october", "november", "december"]
    private static let abbreviations: [String: Int] = [
        "jan": 1, "feb": 2, "mrt": 3, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
        "sep": 9, "sept": 9, "okt": 10, "oct": 10, "nov": 11, "dec": 12,
    ]

    /// Whether a lowercased word is a month name or close to one (`decembr`), so that a
    /// misspelt month makes a heading an unreadable timestamp instead of plain content.
    static func resembles(_ word: String) -> Bool {
        if month(named: word) != nil { return true }
        guard word.count >= 4 else { return false }
        return (dutch + english).contains { EditDistance.between(word, $0) <= 2 }
    }

    /// The month number (1–12) of a lowercased name or abbreviation.
    static func month(named word: String) -> Int? {
        if let index = dutch.firstIndex(of: word) ?? english.firstIndex(of: word) { return index + 1 }
        return abbreviations[word]
    }
}
