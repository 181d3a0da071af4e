import IncidentModel

/// The written form of a norm's grace in `site.yml`: `none`, `1 business day`,
/// `2 werkdagen`, `24 business hours`, `24 werkuren`.
enum GraceText {
    static func parse(_ text: String) -> Norm.Grace? {
        let words = text.lowercased().split(whereSeparator: \.isWhitespace).map(String.init)
        if words == ["none"] || words == ["geen"] || words == ["0"] { return Norm.Grace.none }
        guard words.count >= 2, let count = Int(words[0]), count >= 0 else { return nil }
        switch words.dropFirst().joined(separator: " ") {
        case "business day", "business days", "werkdag", "werkdagen": return .businessDays(count)
        case "business hour", "business hours", "werkuur", "werkuren": return .businessHours(count)
        default: return nil
        }
    }

    static let examples = "`none`, `1 business day`, `2 werkdagen`, `24 business hours` or `24 werkuren`"
}
