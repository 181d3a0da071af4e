import IncidentModel

/// The fixed words only the HTML pages use (skip link, menus, table headings), in the
/// style of `SiteText`; candidates to move there once feeds or the CLI need them too.
enum PageText {
    static let skipToContent = LocalizedText(nl: "Naar de inhoud", en: "Skip to content")
    static let mainMenu = LocalizedText(nl: "Hoofdmenu", en: "Main menu")
    static let languageMenu = LocalizedText(nl: "Taal", en: "Language")
    static let follow = LocalizedText(nl: "Volg de storingen", en: "Follow the incidents")
    static let updated = LocalizedText(nl: "Bijgewerkt op", en: "Updated")
    static let staleWarning = LocalizedText(
        nl: "Deze pagina is mogelijk niet actueel: ze is al een tijd niet bijgewerkt.",
        en: "This page may be out of date: it has not been updated for a while.")
    static let atomFeed = LocalizedText(nl: "Atom-feed", en: "Atom feed")
    static let rssFeed = LocalizedText(nl: "RSS-feed", en: "RSS feed")
    static let excusedJSON = LocalizedText(nl: "Uitgezonderde periodes (JSON)", en: "Excused windows (JSON)")
    static let calendar = LocalizedText(nl: "Agenda (iCalendar)", en: "Calendar (iCalendar)")

    static let activeNow = LocalizedText(nl: "Nu actief", en: "Active now")
    static let kind = LocalizedText(nl: "Soort", en: "Type")
    static let status = LocalizedText(nl: "Status", en: "Status")
    static let impact = LocalizedText(nl: "Impact", en: "Impact")
    static let maintenanceWindow = LocalizedText(nl: "Onderhoudsvenster", en: "Maintenance window")
    static let timeline = LocalizedText(nl: "Tijdlijn", en: "Timeline")
    static let noUpdates = LocalizedText(nl: "Er zijn nog geen updates.", en: "There are no updates yet.")
    static let noServices = LocalizedText(nl: "Geen", en: "None")

    static let noIncidents = LocalizedText(nl: "Er zijn nog geen storingen gemeld.", en: "No incidents have been reported yet.")
    static let pagination = LocalizedText(nl: "Paginering", en: "Pagination")

    static let servicesIntro = LocalizedText(
        nl: "Per dienst de storingen en het onderhoud van de afgelopen 90 dagen.",
        en: "Incidents and maintenance of the last 90 days, per service.")
    static let lastNinetyDays = LocalizedText(nl: "Afgelopen 90 dagen", en: "Last 90 days")
    static let history = LocalizedText(nl: "Eerdere storingen", en: "Incident history")
    static let noServiceIncidents = LocalizedText(
        nl: "Er zijn geen storingen bij deze dienst gemeld.", en: "No incidents have been reported for this service.")
    static let legend = LocalizedText(nl: "Legenda", en: "Legend")

    static let normsIntro = LocalizedText(
        nl: "Bij een storing houden we rekening met je servicenormen. Per norm zie je hieronder welke periodes niet meetellen en door welke storingen.",
        en: "When an outage hits, we take it into account in your service norms. Below, per norm, the periods that do not count and the incidents behind them.")
    static let normsRules = LocalizedText(
        nl: "Een norm telt niet mee zolang een storing een van de diensten erachter raakt, plus de extra tijd na de storing: werkdagen zijn maandag tot en met vrijdag behalve feestdagen, 1 werkdag houdt de kloktijd (vrijdag 17:00 wordt maandag 17:00) en werkuren tellen alleen uren op werkdagen. Een norm die alleen kantooruren meet, telt alleen maandag tot en met vrijdag van 09:00 tot 17:00 op werkdagen. Een storing die nog loopt, telt tot nu en krijgt nog geen extra tijd.",
        en: "A norm does not count while an outage hits one of the services behind it, plus the extra time after the outage: business days are Monday to Friday except holidays, 1 business day keeps the clock time (Friday 17:00 becomes Monday 17:00) and business hours count only hours on business days. A norm measured in office hours only counts Monday to Friday 09:00 to 17:00 on business days. An outage still going on counts until now and gets no extra time yet.")
    static let normsJSON = LocalizedText(nl: "De regels en feestdagen (JSON)", en: "The rules and holidays (JSON)")
    static let threshold = LocalizedText(nl: "Norm", en: "Norm")
    static let evaluatedPer = LocalizedText(nl: "Beoordeeld per", en: "Evaluated per")
    static let isoWeek = LocalizedText(nl: "week (ISO-week, vanaf maandag 00:00)", en: "week (ISO week, from Monday 00:00)")
    static let calendarMonth = LocalizedText(nl: "kalendermaand", en: "calendar month")
    static let excusedBy = LocalizedText(nl: "Uitgezonderd bij storingen van", en: "Excused by outages of")
    static let notExcusedByServices = LocalizedText(
        nl: "geen dienst: storingen tellen hier alleen mee als ze deze norm zelf noemen",
        en: "no service: only incidents that name this norm excuse it")
    static let grace = LocalizedText(nl: "Extra tijd na een storing", en: "Extra time after an outage")
    static let officeHours = LocalizedText(
        nl: "Alleen ma–vr 09:00–17:00 op werkdagen telt mee.",
        en: "Only Mon–Fri 09:00–17:00 on business days counts.")
    static let excusedWindows = LocalizedText(nl: "Uitgezonderde periodes", en: "Excused windows")
    static let howDerived = LocalizedText(nl: "Hoe dit is bepaald", en: "How this was derived")
    static let noExcusedWindows = LocalizedText(nl: "Nog geen uitgezonderde periodes.", en: "No excused windows yet.")
    static let from = LocalizedText(nl: "Van", en: "From")
    static let until = LocalizedText(nl: "Tot", en: "Until")
    static let incidents = LocalizedText(nl: "Storingen", en: "Incidents")
    static let perPeriod = LocalizedText(nl: "Per periode", en: "Per period")
    static let period = LocalizedText(nl: "Periode", en: "Period")
    static let excusedTime = LocalizedText(nl: "Uitgezonderde tijd", en: "Excused time")

    static let notFoundText = LocalizedText(
        nl: "Deze pagina bestaat niet (meer). Bekijk de actuele storingen of blader door alle storingen.",
        en: "This page does not exist (any more). See the current incidents or browse all incidents.")

    /// The name of a language in that language, for the language switch.
    static func name(of language: Language) -> String {
        switch language {
        case .nl: "Nederlands"
        case .en: "English"
        }
    }

    /// "Naar de Nederlandse startpagina", in the target language, for the 404 page.
    static func homeIn(_ language: Language) -> String {
        switch language {
        case .nl: "Naar de Nederlandse startpagina"
        case .en: "Go to the English home page"
        }
    }

    /// How bad an incident is, for the incident page.
    static func label(for impact: Impact) -> LocalizedText {
        switch impact {
        case .none: LocalizedText(nl: "Geen", en: "None")
        case .minor: LocalizedText(nl: "Beperkt", en: "Minor")
        case .major: LocalizedText(nl: "Groot", en: "Major")
        case .critical: LocalizedText(nl: "Kritiek", en: "Critical")
        }
    }

    /// "1 werkdag", "24 werkuren", "geen".
    static func text(for grace: Norm.Grace, in language: Language) -> String {
        switch (grace, language) {
        case (.none, .nl): "geen"
        case (.none, .en): "none"
        case (.businessDays(let days), .nl): days == 1 ? "1 werkdag" : "\(days) werkdagen"
        case (.businessDays(let days), .en): days == 1 ? "1 business day" : "\(days) business days"
        case (.businessHours(let hours), .nl): hours == 1 ? "1 werkuur" : "\(hours) werkuren"
        case (.businessHours(let hours), .en): hours == 1 ? "1 business hour" : "\(hours) business hours"
        }
    }

    /// "Pagina 2 van 5".
    static func page(_ page: Int, of count: Int, in language: Language) -> String {
        language == .nl ? "Pagina \(page) van \(count)" : "Page \(page) of \(count)"
    }

    /// "Storingen op 3 van de afgelopen 90 dagen".
    static func daysWithIncidents(_ days: Int, of total: Int, in language: Language) -> String {
        language == .nl
            ? "Storingen of onderhoud op \(days) van de afgelopen \(total) dagen"
            : "Incidents or maintenance on \(days) of the last \(total) days"
    }
}
