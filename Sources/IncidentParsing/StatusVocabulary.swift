import Foundation
import IncidentModel

/// The words operators write after a timestamp, Dutch or English, and the status each
/// means. Matching ignores case, accents and surrounding punctuation.
public enum StatusVocabulary {
    /// The accepted words per status: Dutch first (the first is the one `storingen`
    /// writes), then the English word.
    public static let words: [(status: UpdateStatus, dutch: [String], english: String)] = [
        (.investigating, ["Onderzoek", "Storing"], "Investigating"),
        (.identified, ["Oorzaak gevonden", "Geïdentificeerd"], "Identified"),
        (.monitoring, ["Monitoren", "In de gaten"], "Monitoring"),
        (.resolved, ["Opgelost", "Verholpen", "Hersteld"], "Resolved"),
        (.update, ["Update", "Bericht"], "Update"),
        (.scheduled, ["Gepland"], "Scheduled"),
        (.inProgress, ["Bezig", "In uitvoering"], "In progress"),
        (.verifying, ["Controleren"], "Verifying"),
        (.completed, ["Afgerond"], "Completed"),
    ]

    private static let index: [String: UpdateStatus] = {
        var index: [String: UpdateStatus] = [:]
        for list in words {
            let status = list.status
            for word in list.dutch + [list.english] {
                index[normalize(word)] = status
                index[word.lowercased()] = status
                index[word] = status
            }
        }
        index[normalize("in_progress")] = .inProgress
        return index
    }()

    /// The status a written word means; an empty text is a plain update.
    public static func status(for text: some StringProtocol) -> UpdateStatus? {
        // Almost every status is written exactly as listed, or in lower case: try those
        // first (lowercasing is Unicode-aware and costs more than the lookup), the full
        // folding (accents, punctuation, spacing) only when both miss.
        if text.isEmpty { return .update }
        if let status = index[String(text)] ?? index[text.lowercased()] { return status }
        let key = normalize(text)
        return key.isEmpty ? .update : index[key]
    }

    /// The word to write for a status in a language (`storingen new` and `update`).
    public static func word(for status: UpdateStatus, language: Language = .nl) -> String {
        guard let entry = words.first(where: { $0.status == status }) else { return "Update" }
        return language == .nl ? entry.dutch[0] : entry.english
    }

    /// The words allowed in a file of `kind`, for error messages.
    public static func allowedWords(for kind: IncidentKind) -> [String] {
        let words = words.filter { kind == .maintenance ? !$0.status.isIncidentOnly : !$0.status.isMaintenanceOnly }
            .flatMap { $0.dutch + [$0.english] }
        var seen = Set<String>()
        return words.filter { seen.insert($0).inserted }
    }

    private static func normalize(_ text: some StringProtocol) -> String {
        let folded = String(text).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        let trimmed = folded.trimmingCharacters(in: .whitespaces.union(.punctuationCharacters))
        return trimmed.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
