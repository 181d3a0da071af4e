import IncidentModel

/// The fixed words of the site in each language, in one place so that pages, feeds and
/// the 404 page say the same thing. Titles and descriptions come from `site.yml`.
public enum SiteText {
    public static let viewAllIncidents = LocalizedText(nl: "Bekijk alle storingen", en: "View all incidents")
    public static let noCurrentIncidents = LocalizedText(nl: "Er zijn op dit moment geen storingen.", en: "There are no incidents at the moment.")
    public static let currentIncidents = LocalizedText(nl: "Actuele storingen", en: "Current incidents")
    public static let scheduledMaintenance = LocalizedText(nl: "Gepland onderhoud", en: "Scheduled maintenance")
    public static let recentlyResolved = LocalizedText(nl: "Recent opgelost", en: "Recently resolved")
    public static let archive = LocalizedText(nl: "Alle storingen", en: "All incidents")
    public static let serviceNorms = LocalizedText(nl: "Servicenormen", en: "Service norms")
    public static let services = LocalizedText(nl: "Diensten", en: "Services")
    public static let opened = LocalizedText(nl: "Gemeld", en: "Opened")
    public static let latestUpdate = LocalizedText(nl: "Laatste update", en: "Latest update")
    public static let affectedServices = LocalizedText(nl: "Getroffen diensten", en: "Affected services")
    public static let excusedNorms = LocalizedText(nl: "Hier houden we rekening mee bij de servicenormen", en: "Taken into account in the service norms")
    public static let noExcusedNorms = LocalizedText(nl: "Deze storing telt niet mee voor de servicenormen.", en: "This incident does not affect the service norms.")
    public static let ongoing = LocalizedText(nl: "loopt nog", en: "ongoing")
    public static let pageNotFound = LocalizedText(nl: "Pagina niet gevonden", en: "Page not found")
    public static let postmortem = LocalizedText(nl: "Nabeschouwing", en: "Postmortem")
    public static let previousPage = LocalizedText(nl: "Nieuwere storingen", en: "Newer incidents")
    public static let nextPage = LocalizedText(nl: "Oudere storingen", en: "Older incidents")

    /// The label of an incident's state on cards and pages.
    public static func label(for state: IncidentState) -> LocalizedText {
        switch state {
        case .active: LocalizedText(nl: "Actief", en: "Active")
        case .resolved: LocalizedText(nl: "Opgelost", en: "Resolved")
        case .upcoming: LocalizedText(nl: "Gepland", en: "Scheduled")
        case .inProgress: LocalizedText(nl: "Onderhoud bezig", en: "Maintenance in progress")
        case .completed: LocalizedText(nl: "Afgerond", en: "Completed")
        }
    }

    /// How an update's status reads in a timeline.
    public static func label(for status: UpdateStatus) -> LocalizedText {
        status.label
    }

    /// "Storing" or "Onderhoud".
    public static func label(for kind: IncidentKind) -> LocalizedText {
        switch kind {
        case .incident: LocalizedText(nl: "Storing", en: "Incident")
        case .maintenance: LocalizedText(nl: "Onderhoud", en: "Maintenance")
        }
    }
}
