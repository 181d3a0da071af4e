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
    /// Shown when nothing is active.
    var emptyText: String
    var maintenanceHeading: String
    /// Upcoming and running maintenance.
    var maintenance: [IncidentCardView]
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
        case "hasActive": !active.isEmpty
        case "emptyText": emptyText
        case "maintenanceHeading": maintenanceHeading
        case "maintenance": maintenance
        case "hasMaintenance": !maintenance.isEmpty
        case "servicesHeading": servicesHeading
        case "services": services
        case "legend": legend
        case "legendLabel": legendLabel
        case "availabilityRule": availabilityRule
        case "recentHeading": recentHeading
        case "recent": recent
        case "hasRecent": !recent.isEmpty
        case "archiveLink": archiveLink
        case "subscribe": subscribe
        default: nil
        }
    }
}
