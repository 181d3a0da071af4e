extension UpdateStatus {
    /// The word the site and the explanations show for the status, in both languages:
    /// the first of the words docs/authoring.md (Statuses) accepts for it.
    public var label: LocalizedText {
        switch self {
        case .investigating: LocalizedText(nl: "Onderzoek", en: "Investigating")
        case .identified: LocalizedText(nl: "Oorzaak gevonden", en: "Identified")
        case .monitoring: LocalizedText(nl: "Monitoren", en: "Monitoring")
        case .resolved: LocalizedText(nl: "Opgelost", en: "Resolved")
        case .update: LocalizedText(nl: "Update", en: "Update")
        case .scheduled: LocalizedText(nl: "Gepland", en: "Scheduled")
        case .inProgress: LocalizedText(nl: "Bezig", en: "In progress")
        case .verifying: LocalizedText(nl: "Controleren", en: "Verifying")
        case .completed: LocalizedText(nl: "Afgerond", en: "Completed")
        }
    }
}
