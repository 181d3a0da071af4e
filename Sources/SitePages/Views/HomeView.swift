/// `home.mustache`: the "Actuele storingen" front page.
struct HomeView: TemplateView {
    var heading: String
    /// `operational`, `partial-outage`, … of the whole site.
    var statusKey: String
    /// "Alle diensten werken normaal" or "Gedeeltelijke storing bij Bestellingen".
    var statusLine: String
    var activeHeading: String
    /// Unresolved incidents, most recent first.
    var active: [IncidentCardView]
    /// Active incidents past the first cards, one line each.
    var activeRows: IncidentOverflowView
    /// Shown when nothing is active.
    var emptyText: String
    var maintenanceHeading: String
    /// Upcoming and running maintenance.
    var maintenance: [IncidentCardView]
    var maintenanceRows: IncidentOverflowView
    var servicesHeading: String
    /// Every service with its state, availability and 90-day bar, in catalogue order.
    var services: [ServiceStatusView]
    /// What the colours of the grid's bars mean, once for all.
    var legend: [DayView]
    var legendLabel: String
    var availabilityRule: String
    var recentHeading: String
    /// Resolved in the last `recentDays`, most recently closed first.
    var recent: [IncidentCardView]
    var recentRows: IncidentOverflowView
    var archiveLink: LinkView
    /// "Volgen": the site's feeds, calendar, badge and API.
    var subscribe: SubscribeView

    func child(named name: String) -> Any? {
        switch name {
        case "heading": heading
        case "statusKey": statusKey
        case "statusLine": statusLine
        case "activeHeading": activeHeading
        case "active": active
        case "activeRows": activeRows
        case "hasActive": !active.isEmpty
        case "emptyText": emptyText
        case "maintenanceHeading": maintenanceHeading
        case "maintenance": maintenance
        case "maintenanceRows": maintenanceRows
        case "hasMaintenance": !maintenance.isEmpty
        case "servicesHeading": servicesHeading
        case "services": services
        case "legend": legend
        case "hasLegend": !legend.isEmpty
        case "legendLabel": legendLabel
        case "availabilityRule": availabilityRule
        case "recentHeading": recentHeading
        case "recent": recent
        case "recentRows": recentRows
        case "hasRecent": !recent.isEmpty
        case "archiveLink": archiveLink
        case "subscribe": subscribe
        default: nil
        }
    }
}

/// The incidents of a front-page section past its first cards: one line each, up to a
/// limit, and how many more the archive holds, so the page stays readable whatever is
/// left open.
struct IncidentOverflowView: TemplateView {
    var rows: [IncidentRowView]
    /// "en nog 12 in het archief"; nil when every incident is shown.
    var moreText: String?

    func child(named name: String) -> Any? {
        switch name {
        case "rows": rows
        case "hasRows": !rows.isEmpty
        case "moreText": moreText
        default: nil
        }
    }
}
