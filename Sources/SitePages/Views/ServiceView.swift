/// `service.mustache`: one service's last 90 days and its incident history.
struct ServiceView: TemplateView {
    var heading: String
    var dayBar: DayBarView
    var historyHeading: String
    /// Incidents that list the service, newest first.
    var rows: [IncidentRowView]
    var emptyText: String

    func child(named name: String) -> Any? {
        switch name {
        case "heading": heading
        case "dayBar": dayBar
        case "historyHeading": historyHeading
        case "rows": rows
        case "hasRows": !rows.isEmpty
        case "emptyText": emptyText
        default: nil
        }
    }
}

/// `services.mustache`: every service of the catalogue with its 90-day bar.
struct ServicesView: TemplateView {
    var heading: String
    var intro: String
    var serviceList: [ServiceSummaryView]

    func child(named name: String) -> Any? {
        switch name {
        case "heading": heading
        case "intro": intro
        case "serviceList": serviceList
        default: nil
        }
    }
}

/// One service on the services page.
struct ServiceSummaryView: TemplateView {
    var link: LinkView
    var dayBar: DayBarView

    func child(named name: String) -> Any? {
        switch name {
        case "serviceLink": link
        case "dayBar": dayBar
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
    var legend: [DayView]

    func child(named name: String) -> Any? {
        switch name {
        case "barLabel": label
        case "barSummary": summary
        case "days": days
        case "legendLabel": legendLabel
        case "legend": legend
        case "html": builtInHTML
        default: nil
        }
    }
}

/// One day of a 90-day bar: `clear`, `incident` or `maintenance`, and the same in words.
struct DayView: TemplateView {
    var dayKey: String
    var dayText: String

    func child(named name: String) -> Any? {
        switch name {
        case "dayKey": dayKey
        case "dayText": dayText
        default: nil
        }
    }
}
