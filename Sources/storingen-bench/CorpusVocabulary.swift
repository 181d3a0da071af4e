/// The words and sentences of the synthetic corpus, after the real "Actuele storingen"
/// page (seed 000) and `gen_corpus.py`: services, titles, status words and texts.
/// `{p}` is the service phrase and `{P}` the same phrase with a capital.
enum CorpusVocabulary {
    /// A catalogue service and the phrase that stands for it inside sentences.
    struct Service {
        let key: String
        let phrase: String
    }

    static let services: [Service] = [
        Service(key: "orders", phrase: "het verwerken van nieuwe bestellingen"),
        Service(key: "cancellations", phrase: "het verwerken van annuleringen"),
        Service(key: "shipping", phrase: "het aanmaken van verzendlabels"),
        Service(key: "customer-questions", phrase: "het beantwoorden van klantvragen"),
        Service(key: "returns", phrase: "het afhandelen van retouren"),
        Service(key: "phone", phrase: "de telefonische bereikbaarheid"),
        Service(key: "billing", phrase: "de facturatie"),
        Service(key: "account", phrase: "inloggen op het verkoopaccount"),
        Service(key: "offers", phrase: "het bijwerken van aanbod en voorraad"),
    ]

    static let incidentTitles = [
        "Storing bij {p}", "Vertraging bij {p}", "Problemen met {p}",
        "Verminderde beschikbaarheid bij {p}", "Foutmeldingen bij {p}",
    ]
    static let maintenanceTitles = ["Gepland onderhoud aan {p}", "Tijdelijk onderhoud aan {p}"]

    static let dutchMonths = [
        "januari", "februari", "maart", "april", "mei", "juni",
        "juli", "augustus", "september", "oktober", "november", "december",
    ]
    static let englishMonths = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]

    /// The words an operator may write for each status (docs/authoring.md, Statuses); ""
    /// writes no word.
    static func words(for status: SyntheticStatus) -> [String] {
        switch status {
        case .investigating: ["Onderzoek", "Storing"]
        case .identified: ["Oorzaak gevonden", "Geïdentificeerd"]
        case .monitoring: ["Monitoren", "In de gaten"]
        case .resolved: ["Opgelost", "Verholpen", "Hersteld"]
        case .update: ["Update", "Bericht", ""]
        case .scheduled: ["Gepland"]
        case .inProgress: ["Bezig"]
        case .verifying: ["Controleren"]
        case .completed: ["Afgerond"]
        }
    }

    /// A Markdown link into the (fictional) help centre.
    static func helpLink(_ text: String, _ path: String) -> String {
        "[\(text)](https://partnerplatform.example.nl/hulp/\(path))"
    }
}
