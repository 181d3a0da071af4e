import IncidentModel

/// The fixed words of notifications in each language; the rest (status labels,
/// service names) comes from the site's own `SiteText` and catalogue.
enum NotificationText {
    static let status = LocalizedText(nl: "Status", en: "Status")
    static let services = LocalizedText(nl: "Getroffen diensten", en: "Affected services")
    static let postedAt = LocalizedText(nl: "Tijd", en: "Time")
    static let timeZone = LocalizedText(nl: "Tijden zijn Nederlandse tijd (Europe/Amsterdam).", en: "Times are Amsterdam time (Europe/Amsterdam).")

    /// "Bekijk de storing" / "View the incident": the link to the incident's page.
    static func viewLink(_ kind: IncidentKind) -> LocalizedText {
        switch kind {
        case .incident: LocalizedText(nl: "Bekijk de storing", en: "View the incident")
        case .maintenance: LocalizedText(nl: "Bekijk het onderhoud", en: "View the maintenance")
        }
    }
}
