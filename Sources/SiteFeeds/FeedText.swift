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

    /// A norm feed's description: "Uitgezonderde periodes van Op tijd leveren".
    static func normDescription(_ norm: String, in language: Language) -> String {
        switch language {
        case .nl: "Uitgezonderde periodes van \(norm): een bericht zodra een periode begint, verandert of afloopt"
        case .en: "Excused windows of \(norm): an entry when a window opens, changes or closes"
        }
    }

    /// A window entry's title: "Op tijd leveren uitgezonderd: 13-12-2023 12:23 – 14-12-2023 15:50".
    static func windowTitle(_ norm: String, span: String, ongoing: Bool, in language: Language) -> String {
        switch language {
        case .nl: "\(norm) uitgezonderd: \(span)\(ongoing ? " (loopt nog)" : "")"
        case .en: "\(norm) excused: \(span)\(ongoing ? " (ongoing)" : "")"
        }
    }

    /// "Storingen erachter" / "Incidents behind it".
    static func incidentsBehind(in language: Language) -> String {
        language == .nl ? "Storingen erachter" : "Incidents behind it"
    }

    /// After the incidents a window's entry names: "en nog 3254 storingen".
    static func moreIncidents(_ count: Int, in language: Language) -> String {
        language == .nl
            ? "en nog \(count) \(count == 1 ? "storing" : "storingen")"
            : "and \(count) more \(count == 1 ? "incident" : "incidents")"
    }

    /// "Telt in" / "Counts in".
    static func countsIn(in language: Language) -> String {
        language == .nl ? "Telt in" : "Counts in"
    }

    /// The line above a calendar event's latest update: "Laatste update, 10 juni 2025 om 22:00 (Bezig)".
    static func latestUpdate(at time: String, status: String?, in language: Language) -> String {
        let label = SiteText.latestUpdate[language]
        return status.map { "\(label), \(time) (\($0))" } ?? "\(label), \(time)"
    }
}
