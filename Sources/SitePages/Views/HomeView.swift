/// `home.mustache`: the "Actuele storingen" front page.
struct HomeView: FieldedView {
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

    static let fieldsName = "`home`"
    static let fields = TemplateFields<Self>([
        .field("heading") { $0.heading },
        .field("statusKey") { $0.statusKey },
        .field("statusLine") { $0.statusLine },
        .field("activeHeading") { $0.activeHeading },
        .field("active") { $0.active },
        .field("activeRows") { $0.activeRows },
        .field("hasActive") { !$0.active.isEmpty },
        .field("emptyText") { $0.emptyText },
        .field("maintenanceHeading") { $0.maintenanceHeading },
        .field("maintenance") { $0.maintenance },
        .field("maintenanceRows") { $0.maintenanceRows },
        .field("hasMaintenance") { !$0.maintenance.isEmpty },
        .field("servicesHeading") { $0.servicesHeading },
        .field("services") { $0.services },
        .field("legend") { $0.legend },
        .field("hasLegend") { !$0.legend.isEmpty },
        .field("legendLabel") { $0.legendLabel },
        .field("availabilityRule") { $0.availabilityRule },
        .field("recentHeading") { $0.recentHeading },
        .field("recent") { $0.recent },
        .field("recentRows") { $0.recentRows },
        .field("hasRecent") { !$0.recent.isEmpty },
        .field("archiveLink") { $0.archiveLink },
        .field("subscribe") { $0.subscribe },
    ])
}

/// The incidents of a front-page section past its first cards: one line each, up to a
/// limit, and how many more the archive holds, so the page stays readable whatever is
/// left open.
struct IncidentOverflowView: FieldedView {
    var rows: [IncidentRowView]
    /// "en nog 12 in het archief"; nil when every incident is shown.
    var moreText: String?

    static let fieldsName = "rows after the cards"
    static let fields = TemplateFields<Self>([
        .field("rows") { $0.rows },
        .field("hasRows") { !$0.rows.isEmpty },
        .field("moreText") { $0.moreText },
    ])
}
