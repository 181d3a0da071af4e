import IncidentModel
import Testing
@testable import IncidentParsing

/// Every status word of docs/authoring.md (Statuses), Dutch and English, in any case and
/// with accents or not.
struct StatusVocabularyTests {
    @Test(arguments: [
        ("Onderzoek", UpdateStatus.investigating), ("Storing", .investigating), ("investigating", .investigating),
        ("Oorzaak gevonden", .identified), ("Geïdentificeerd", .identified), ("geidentificeerd", .identified),
        ("IDENTIFIED", .identified),
        ("Monitoren", .monitoring), ("In de gaten", .monitoring), ("in  de   gaten", .monitoring), ("Monitoring", .monitoring),
        ("Opgelost", .resolved), ("Verholpen", .resolved), ("Hersteld", .resolved), ("Resolved", .resolved),
        ("opgelost.", .resolved), ("**Opgelost**", .resolved),
        ("Update", .update), ("Bericht", .update), ("", .update),
        ("Gepland", .scheduled), ("Scheduled", .scheduled),
        ("Bezig", .inProgress), ("In progress", .inProgress),
        ("Controleren", .verifying), ("Verifying", .verifying),
        ("Afgerond", .completed), ("Completed", .completed),
    ])
    func mapsEachWord(word: String, status: UpdateStatus) {
        #expect(StatusVocabulary.status(for: word) == status)
    }

    @Test(arguments: ["Opgeloste", "Klaar", "Onderzoek gestart", "Down"])
    func rejectsOtherWords(word: String) {
        #expect(StatusVocabulary.status(for: word) == nil)
    }

    @Test func writesTheFirstWordOfEachLanguage() {
        #expect(StatusVocabulary.word(for: .resolved) == "Opgelost")
        #expect(StatusVocabulary.word(for: .resolved, language: .en) == "Resolved")
        #expect(StatusVocabulary.word(for: .inProgress, language: .en) == "In progress")
    }
}
