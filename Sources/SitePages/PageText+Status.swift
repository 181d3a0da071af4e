import IncidentModel
import SiteContent

/// The words of "is it working?": the status line, service states, day bars,
/// availability and the time-zone note.
extension PageText {
    static let allOperational = LocalizedText(nl: "Alle diensten werken normaal", en: "All services operational")

    /// The quiet line of one service's banner: "Bestellingen werkt normaal".
    static func serviceOperational(_ service: String, in language: Language) -> String {
        language == .nl ? "\(service) werkt normaal" : "\(service): operational"
    }

    /// Below a full banner: "en 2 meer op de statuspagina".
    static func moreOnStatusPage(_ count: Int, in language: Language) -> String {
        language == .nl ? "en \(count) meer op de statuspagina" : "and \(count) more on the status page"
    }
    static let servicesHeading = LocalizedText(nl: "Diensten", en: "Services")
    static let timeZoneNote = LocalizedText(
        nl: "Alle tijden zijn Nederlandse tijd (Europe/Amsterdam).",
        en: "All times are Dutch time (Europe/Amsterdam, CET/CEST).")
    static let availabilityRule = LocalizedText(
        nl: "Beschikbaarheid over de afgelopen 90 dagen: de tijd zonder storing met impact groot of kritiek. Verminderde werking (impact beperkt) en gepland onderhoud tellen als beschikbaar.",
        en: "Availability over the last 90 days: the time without an incident of impact major or critical. Degraded performance (impact minor) and planned maintenance count as available.")
    /// "en nog 12 in het archief" / "and 12 more in the archive".
    static func moreInArchive(_ count: Int, in language: Language) -> String {
        language == .nl ? "en nog \(count) in het archief" : "and \(count) more in the archive"
    }

    static let badgeLabel = LocalizedText(nl: "status", en: "status")
    static let recentIncidents = LocalizedText(nl: "Recente storingen", en: "Recent incidents")
    static let earlierYears = LocalizedText(nl: "Per jaar", en: "By year")

    /// How a service's current state reads.
    static func label(for state: ServiceState) -> LocalizedText {
        switch state {
        case .operational: LocalizedText(nl: "Werkt normaal", en: "Operational")
        case .maintenance: LocalizedText(nl: "Onderhoud", en: "Maintenance")
        case .degraded: LocalizedText(nl: "Verminderde werking", en: "Degraded performance")
        case .partialOutage: LocalizedText(nl: "Gedeeltelijke storing", en: "Partial outage")
        case .majorOutage: LocalizedText(nl: "Grote storing", en: "Major outage")
        }
    }

    /// "Alle diensten werken normaal", or "Gedeeltelijke storing bij Bestellingen en
    /// Annuleringen" / "Partial outage: Orders and Cancellations".
    static func statusLine(_ state: ServiceState, services: [String], in language: Language) -> String {
        guard state != .operational else { return allOperational[language] }
        let label = label(for: state)[language]
        guard !services.isEmpty else { return label }
        return language == .nl ? "\(label) bij \(list(services, in: language))" : "\(label): \(list(services, in: language))"
    }

    /// "A, B en C" / "A, B and C".
    static func list(_ items: [String], in language: Language) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + (language == .nl ? " en " : " and ") + items.last!
    }

    /// What a day of a bar was, in words.
    static func label(for level: OutageDayCalendar.Level) -> LocalizedText {
        switch level {
        case .clear: LocalizedText(nl: "geen storing", en: "no incident")
        case .maintenance: LocalizedText(nl: "onderhoud", en: "maintenance")
        case .minor: LocalizedText(nl: "verminderde werking", en: "degraded performance")
        case .major: LocalizedText(nl: "gedeeltelijke storing", en: "partial outage")
        case .critical: LocalizedText(nl: "grote storing", en: "major outage")
        }
    }

    /// "99,87 % beschikbaar" / "99.87% available", rounded down so any downtime shows.
    static func availability(_ share: Double, in language: Language) -> String {
        let hundredths = Int((share * 10_000).rounded(.down))
        let whole = hundredths / 100, fraction = hundredths % 100
        let number = fraction == 0 ? "\(whole)" : "\(whole)\(language == .nl ? "," : ".")\(fraction.zeroPadded())"
        return language == .nl ? "\(number) % beschikbaar" : "\(number)% available"
    }

    /// "Bestellingen in 2024".
    static func serviceYear(_ service: String, year: Int, in language: Language) -> String {
        language == .nl ? "\(service) in \(year)" : "\(service) in \(year)"
    }
}
