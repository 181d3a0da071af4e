import IncidentModel
import SiteContent

/// The fixed words only the feeds and the maintenance calendar use, in the style of
/// `SiteText` (whose labels they share where the pages say the same thing).
enum FeedText {
    /// A service feed's description: "Storingen en onderhoud bij Bestellingen".
    static func serviceDescription(_ service: String, in language: Language) -> String {
        switch language {
        case .nl: "Storingen en onderhoud bij \(service)"
        case .en: "Incidents and maintenance affecting \(service)"
        }
    }

    /// The line above a calendar event's latest update: "Laatste update, 10 juni 2025 om 22:00 (Bezig)".
    static func latestUpdate(at time: String, status: String?, in language: Language) -> String {
        let label = SiteText.latestUpdate[language]
        return status.map { "\(label), \(time) (\($0))" } ?? "\(label), \(time)"
    }
}
