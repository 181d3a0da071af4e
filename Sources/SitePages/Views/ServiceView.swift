/// `service.mustache`: one service's state, last 90 days, recent incidents and years.
struct ServiceView: FieldedView {
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

    static let fieldsName = "`service`"
    static let fields = TemplateFields<Self>([
        .field("heading") { $0.heading },
        .field("status") { $0.status },
        .field("dayBar") { $0.status.dayBar },
        .field("availabilityRule") { $0.availabilityRule },
        .field("historyHeading") { $0.historyHeading },
        .field("rows") { $0.rows },
        .field("hasRows") { !$0.rows.isEmpty },
        .field("emptyText") { $0.emptyText },
        .field("yearsHeading") { $0.yearsHeading },
        .field("years") { $0.years },
        .field("hasYears") { !$0.years.isEmpty },
        .field("subscribe") { $0.subscribe },
    ])
}

/// `service-year.mustache`: a service's incidents of one year.
struct ServiceYearView: FieldedView {
    var heading: String
    var serviceLink: LinkView
    var rows: [IncidentRowView]
    var yearsHeading: String
    /// Every year with incidents; the shown one is `current`.
    var years: [LinkView]

    static let fieldsName = "`service-year`"
    static let fields = TemplateFields<Self>([
        .field("heading") { $0.heading },
        .field("serviceLink") { $0.serviceLink },
        .field("rows") { $0.rows },
        .field("yearsHeading") { $0.yearsHeading },
        .field("years") { $0.years },
    ])
}

/// `services.mustache`: every service of the catalogue with its state and 90-day bar.
struct ServicesView: FieldedView {
    var heading: String
    var intro: String
    var serviceList: [ServiceStatusView]
    /// What the colours of the bars mean, once for all.
    var legend: [DayView]
    var legendLabel: String
    var availabilityRule: String

    static let fieldsName = "`services`"
    static let fields = TemplateFields<Self>([
        .field("heading") { $0.heading },
        .field("intro") { $0.intro },
        .field("serviceList") { $0.serviceList },
        .field("legend") { $0.legend },
        .field("hasLegend") { !$0.legend.isEmpty },
        .field("legendLabel") { $0.legendLabel },
        .field("availabilityRule") { $0.availabilityRule },
    ])
}

/// One service at a glance: its state in words and colour, its availability over the 90
/// days and its bar; on the front page's grid, the services page and its own page.
struct ServiceStatusView: FieldedView {
    var link: LinkView
    /// `operational`, `partial-outage`, … for the CSS class; the label carries the meaning.
    var stateKey: String
    var stateLabel: String
    /// "99,87 % beschikbaar".
    var availability: String
    var dayBar: DayBarView

    static let fieldsName = "service status"
    static let fields = TemplateFields<Self>([
        .field("serviceLink") { $0.link },
        .field("stateKey") { $0.stateKey },
        .field("stateLabel") { $0.stateLabel },
        .field("availability") { $0.availability },
        .field("dayBar") { $0.dayBar },
        .field("html") { $0.builtInHTML },
    ])
}

/// The last 90 local days of a service, oldest first; every day says in words what it was.
struct DayBarView: FieldedView {
    var label: String
    /// "Storingen of onderhoud op 3 van de afgelopen 90 dagen".
    var summary: String
    var days: [DayView]
    var legendLabel: String
    /// Empty where one legend serves several bars (the front page's grid).
    var legend: [DayView]
    /// False in a grid, where the summary is for screen readers only.
    var summaryIsVisible = true

    static let fieldsName = "day bar (`day-bar`)"
    static let fields = TemplateFields<Self>([
        .field("barLabel") { $0.label },
        .field("barSummary") { $0.summary },
        .field("days") { $0.days },
        .field("legendLabel") { $0.legendLabel },
        .field("legend") { $0.legend },
        .field("hasLegend") { !$0.legend.isEmpty },
        .field("summaryIsVisible") { $0.summaryIsVisible },
        .field("html") { $0.builtInHTML },
    ])
}

/// One day of a 90-day bar: its worst impact (`clear`, `maintenance`, `minor`, `major`,
/// `critical`), the same in words with how long, and a link to its (worst) incident.
struct DayView: FieldedView {
    var dayKey: String
    /// "18 december 2023: gedeeltelijke storing, 5 uur 30 min".
    var dayText: String
    /// The day's worst incident; nil on a clear day.
    var href: String?

    static let fieldsName = "day"
    static let fields = TemplateFields<Self>([
        .field("dayKey", note: "clear, maintenance, minor, major or critical") { $0.dayKey },
        .field("dayText") { $0.dayText },
        .field("href") { $0.href },
    ])
}
