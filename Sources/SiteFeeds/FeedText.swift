import IncidentModel

/// The fixed words only the feeds use, in the style of `SiteText` (whose labels they
/// share where the pages say the same thing).
enum FeedText {
    /// A service feed's description: "Storingen en onderhoud bij Bestellingen".
    static func serviceDescription(_ service: String, in language: Language) -> String {
        switch language {
        case .nl: "Storingen en onderhoud bij \(service)"
        case .en: "Incidents and maintenance affecting \(service)"
        }
    }
}
