import IncidentModel

/// The words of the "Volgen" block: how to follow the whole site, or one service only.
extension PageText {
    static let subscribe = LocalizedText(nl: "Volgen", en: "Subscribe")
    static let subscribeIntro = LocalizedText(
        nl: "Volg storingen en gepland onderhoud in je feedlezer, je agenda of je eigen systemen.",
        en: "Follow incidents and scheduled maintenance in your feed reader, your calendar or your own systems.")
    static let maintenanceCalendar = LocalizedText(
        nl: "Agenda met gepland onderhoud (iCalendar)", en: "Scheduled maintenance calendar (iCalendar)")
    static let maintenanceCalendarAllServices = LocalizedText(
        nl: "Agenda met gepland onderhoud van alle diensten (iCalendar)",
        en: "Scheduled maintenance calendar of all services (iCalendar)")
    static let statusBadge = LocalizedText(nl: "Statusbadge (SVG)", en: "Status badge (SVG)")
    static let statusAPI = LocalizedText(
        nl: "Status-API (JSON in het formaat van Statuspage)", en: "Status API (JSON in the Statuspage format)")

    /// "Volg alleen Bestellingen: …", above a service's own feeds.
    static func subscribeIntro(service: String, in language: Language) -> String {
        switch language {
        case .nl: "Volg alleen \(service): deze feeds bevatten alleen de storingen en het onderhoud bij deze dienst."
        case .en: "Follow \(service) only: these feeds hold only the incidents and maintenance affecting this service."
        }
    }

    /// "Atom-feed van Bestellingen", "Orders RSS feed".
    static func serviceFeed(_ feed: LocalizedText, service: String, in language: Language) -> String {
        switch language {
        case .nl: "\(feed[language]) van \(service)"
        case .en: "\(service) \(feed[language])"
        }
    }

    /// "Atom-feed van de uitgezonderde periodes" / "Atom feed of the excused windows".
    static func normFeed(_ feed: LocalizedText) -> LocalizedText {
        LocalizedText(nl: "\(feed.nl) van de uitgezonderde periodes", en: "\(feed.en) of the excused windows")
    }

    /// "Statusbadge van Bestellingen (SVG)".
    static func serviceBadge(_ service: String, in language: Language) -> String {
        switch language {
        case .nl: "Statusbadge van \(service) (SVG)"
        case .en: "\(service) status badge (SVG)"
        }
    }
}
