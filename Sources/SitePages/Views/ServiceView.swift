/// `service.mustache`: one service's state, last 90 days, recent incidents and years.
struct ServiceView: TemplateView {
    var heading: String
    var status: ServiceStatusView
    var availabilityRule: String
    var historyHeading: String
    /// The service's most recent incidents, newest first.
    var rows: [IncidentRowView]
    var emptyText: String
    var yearsHeading: String
    /// Each year with incidents, newest first, linking to its page.
    var years: [LinkView]
    /// "Volgen": this service's own feeds and badge, and the maintenance calendar.
    var subscribe: SubscribeView

    func child(named name: String) -> Any? {
        switch name {
        case "heading": heading
        case "status": status
        case "dayBar": status.dayBar
        case "availabilityRule": availabilityRule
        case "historyHeading": historyHeading
        case "rows": rows
        case "hasRows": !rows.isEmpty
        case "emptyText": emptyText
        case "yearsHeading": yearsHeading
        case "years": years
        case "hasYears": !years.isEmpty
        case "subscribe": subscribe
        default: nil
        }
    }
}

/// `service-year.mustache`: a service's incidents of one year.
struct ServiceYearView: TemplateView {
    var heading: String
    var serviceLink: LinkView
    var rows: [IncidentRowView]
    var yearsHeading: String
    /// Every year with incidents; the shown one is `current`.
    var years: [LinkView]

    func child(named name: String) -> Any? {
        switch name {
        case "heading": heading
        case "serviceLink": serviceLink
        case "rows": rows
        case "yearsHeading": yearsHeading
        case "years": years
        default: nil
        }
    }
}

/// `services.mustache`: every service of the catalogue with its state and 90-day bar.
struct ServicesView: TemplateView {
    var heading: String
    var intro: String
    var serviceList: [ServiceStatusView]
    /// What the colours of the bars mean, once for all.
    var legend: [DayView]
    var legendLabel: String
    var availabilityRule: String

    func child(named name: String) -> Any? {
        switch name {
        case "heading": heading
        case "intro": intro
        case "serviceList": serviceList
        case "legend": legend
        case "hasLegend": !legend.isEmpty
        case "legendLabel": legendLabel
        case "availabilityRule": availabilityRule
        default: nil
        }
    }
}

/// One service at a glance: its state in words and colour, its availability over the 90
/// days and its bar; on the front page's grid, the services page and its own page.
struct ServiceStatusView: TemplateView {
    var link: LinkView
    /// `operational`, `partial-outage`, … for the CSS class; the label carries the meaning.
    var stateKey: String
    var stateLabel: String
    /// "99,87 % beschikbaar".
    var availability: String
    var dayBar: DayBarView

    func child(named name: String) -> Any? {
        switch name {
        case "serviceLink": link
        case "stateKey": stateKey
        case "stateLabel": stateLabel
        case "availability": availability
        case "dayBar": dayBar
        case "html": builtInHTML
        default: nil
        }
    }
}

/// The last 90 local days of a service, oldest first; every day says in words what it was.
struct DayBarView: TemplateView {
    var label: String
    /// "Storingen of onderhoud op 3 van de afgelopen 90 dagen".
    var summary: String
    var days: [DayView]
    var legendLabel: String
    /// Empty where one legend serves several bars (the front page's grid).
    var legend: [DayView]
    /// False in a grid, where the summary is for screen readers only.
    var summaryIsVisible = true

    func child(named name: String) -> Any? {
        switch name {
        case "barLabel": label
        case "barSummary": summary
        case "days": days
        case "legendLabel": legendLabel
        case "legend": legend
        case "hasLegend": !legend.isEmpty
        case "summaryIsVisible": summaryIsVisible
        case "html": builtInHTML
        default: nil
        }
    }
}

/// One day of a 90-day bar: its worst impact (`clear`, `maintenance`, `minor`, `major`,
/// `critical`), the same in words with how long, and a link to its (worst) incident.
struct DayView: TemplateView {
    var dayKey: String
    /// "18 december 2023: gedeeltelijke storing, 5 uur 30 min".
    var dayText: String
    /// The day's worst incident; nil on a clear day.
    var href: String?

    func child(named name: String) -> Any? {
        switch name {
        case "dayKey": dayKey
        case "dayText": dayText
        case "href": href
        default: nil
        }
    }
}
