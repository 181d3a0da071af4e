/// `norms.mustache`: the "Servicenormen" overview, every norm in short.
struct NormsView: FieldedView {
    var heading: String
    var intro: String
    /// How excused time is counted: business days, grace, office hours, holidays.
    var rulesText: String
    var excusedJSONLink: LinkView
    /// `api/norms.json`, the same rules as data.
    var normsJSONLink: LinkView
    var norms: [NormSummaryView]

    static let fieldsName = "`norms`"
    static let fields = TemplateFields<Self>([
        .field("heading") { $0.heading },
        .field("intro") { $0.intro },
        .field("rulesText") { $0.rulesText },
        .field("excusedJSONLink") { $0.excusedJSONLink },
        .field("normsJSONLink") { $0.normsJSONLink },
        .field("norms") { $0.norms },
    ])
}

/// One norm on the overview: what it measures and how much was excused.
struct NormSummaryView: FieldedView {
    /// `norm-on-time-delivery`, the fragment older links point at.
    var anchor: String
    var link: LinkView
    var facts: [FactView]
    /// "12 uitgezonderde periodes, samen 3 dagen 4 uur".
    var totals: String

    static let fieldsName = "norm summary"
    static let fields = TemplateFields<Self>([
        .field("anchor") { $0.anchor },
        .field("normLink") { $0.link },
        .field("facts") { $0.facts },
        .field("factsHTML") { FactView.builtInHTML($0.facts) },
        .field("totals") { $0.totals },
    ])
}

/// `norm.mustache`: one norm, what excuses it, its years and latest windows.
struct NormView: FieldedView {
    var normName: String
    var facts: [FactView]
    var officeHoursText: String?
    var calendarLink: LinkView
    /// The norm's own Atom and RSS feeds.
    var feedLinks: [FileLinkView]
    var yearsHeading: String
    var years: [NormYearSummaryView]
    var columnYear: String
    var columnWindows: String
    var columnExcused: String
    var windowsHeading: String
    /// The latest excused windows, newest first.
    var windows: [NormWindowView]
    var noWindowsText: String
    var columns: WindowColumns

    static let fieldsName = "`norm`"
    static let fields = TemplateFields<Self>([
        .field("normName") { $0.normName },
        .field("facts") { $0.facts },
        .field("factsHTML") { FactView.builtInHTML($0.facts) },
        .field("officeHoursText") { $0.officeHoursText },
        .field("calendarLink") { $0.calendarLink },
        .field("feedLinks") { $0.feedLinks },
        .field("yearsHeading") { $0.yearsHeading },
        .field("years") { $0.years },
        .field("hasYears") { !$0.years.isEmpty },
        .field("columnYear") { $0.columnYear },
        .field("columnWindows") { $0.columnWindows },
        .field("columnExcused") { $0.columnExcused },
        .field("windowsHeading") { $0.windowsHeading },
        .field("windows") { $0.windows },
        .field("hasWindows") { !$0.windows.isEmpty },
        .field("noWindowsText") { $0.noWindowsText },
        .field("columns") { $0.columns },
    ])
}

/// A year of a norm on its page: a link to the year and what it holds.
struct NormYearSummaryView: FieldedView {
    var link: LinkView
    var windowCount: String
    var excused: String

    static let fieldsName = "norm year"
    static let fields = TemplateFields<Self>([
        .field("yearLink") { $0.link },
        .field("windowCount") { $0.windowCount },
        .field("excused") { $0.excused },
    ])
}

/// `norm-year.mustache`: a norm's excused windows and periods of one year.
struct NormYearView: FieldedView {
    var heading: String
    var normLink: LinkView
    var windowsHeading: String
    /// Newest first: this page's share of the year's windows.
    var windows: [NormWindowView]
    var columns: WindowColumns
    /// Links to the year's other pages of windows; nil when one page holds them all.
    var pagination: PaginationView?
    var periodsHeading: String
    /// Newest first, each linking to its page.
    var periods: [PeriodView]
    var columnPeriod: String
    var columnExcused: String
    var yearsHeading: String
    var years: [LinkView]

    static let fieldsName = "`norm-year`"
    static let fields = TemplateFields<Self>([
        .field("heading") { $0.heading },
        .field("normLink") { $0.normLink },
        .field("windowsHeading") { $0.windowsHeading },
        .field("windows") { $0.windows },
        .field("columns") { $0.columns },
        .field("pagination") { $0.pagination },
        .field("periodsHeading") { $0.periodsHeading },
        .field("periods") { $0.periods },
        .field("columnPeriod") { $0.columnPeriod },
        .field("columnExcused") { $0.columnExcused },
        .field("yearsHeading") { $0.yearsHeading },
        .field("years") { $0.years },
    ])
}

/// `norm-period.mustache`: one evaluation period of a norm, the page a seller cites.
struct NormPeriodView: FieldedView {
    var heading: String
    var normLink: LinkView
    /// The sentence a seller can quote: period, excused time, windows and incidents.
    var statement: [StatementPart]
    var facts: [FactView]
    var windowsHeading: String
    /// The windows clipped to the period, oldest first.
    var windows: [NormWindowView]
    var columns: WindowColumns
    /// How each window was derived, for a seller who disputes the period.
    var explanationHeading: String
    /// The norm's rule: the services that excuse it, its grace, office hours.
    var rules: [StatementPart]
    var explanations: [WindowExplanationView]
    var yearLink: LinkView

    static let fieldsName = "`norm-period`"
    static let fields = TemplateFields<Self>([
        .field("heading") { $0.heading },
        .field("normLink") { $0.normLink },
        .field("statement") { $0.statement },
        .field("statementHTML") { StatementPart.builtInHTML($0.statement) },
        .field("explanationHeading") { $0.explanationHeading },
        .field("rules") { $0.rules },
        .field("explanations") { $0.explanations },
        .field("explanationHTML") { $0.builtInExplanationHTML },
        .field("facts") { $0.facts },
        .field("factsHTML") { FactView.builtInHTML($0.facts) },
        .field("windowsHeading") { $0.windowsHeading },
        .field("windows", note: "oldest first") { $0.windows },
        .field("columns") { $0.columns },
        .field("yearLink") { $0.yearLink },
    ])
}

/// The headings of a table of excused windows.
struct WindowColumns: FieldedView {
    var from: String
    var until: String
    var incidents: String

    static let fieldsName = "columns"
    static let fields = TemplateFields<Self>([
        .field("columnFrom") { $0.from },
        .field("columnUntil") { $0.until },
        .field("columnIncidents") { $0.incidents },
    ])
}

/// A merged excused window of a norm and the incidents behind it.
struct NormWindowView: FieldedView {
    var start: TimeView
    var end: TimeView?
    var ongoingText: String?
    var incidentLinks: [LinkView]
    /// "en nog 3402 storingen" when the row does not name them all; nil when it does.
    var moreText: String?

    static let fieldsName = "excused window"
    static let fields = TemplateFields<Self>([
        .field("start") { $0.start },
        .field("end") { $0.end },
        .field("ongoingText") { $0.ongoingText },
        .field("incidentLinks") { $0.incidentLinks },
        .field("moreText") { $0.moreText },
    ])
}

/// `2023-W51`: 1 dag 3 uur, linking to the period's page.
struct PeriodView: FieldedView {
    var period: LinkView
    var duration: String

    static let fieldsName = "period"
    static let fields = TemplateFields<Self>([
        .field("period") { $0.period.text },
        .field("periodLink") { $0.period },
        .field("duration") { $0.duration },
    ])
}

/// A piece of a sentence: text, a time shown as a `<time datetime>` element, or a link
/// (an incident named in an explanation).
///
/// A template tells the cases apart by which of `partText`, `partTime` and `partLink` it has.
enum StatementPart: FieldedView {
    case text(String)
    case time(TimeView)
    case link(LinkView)

    static let fieldsName = "part"
    static let fields = TemplateFields<Self>([
        .field("partText") { if case .text(let text) = $0 { text } else { nil } },
        .field("partTime") { if case .time(let time) = $0 { time } else { nil } },
        .field("partLink") { if case .link(let link) = $0 { link } else { nil } },
    ])
}

/// How one excused window of a period was derived (docs/excusal.md, Explaining a window):
/// its summary (bounds, merge,
/// periods) and, per incident impact behind it, the steps.
struct WindowExplanationView: FieldedView {
    var summary: [StatementPart]
    var derivations: [DerivationView]
    /// The other incidents of a busy window, linked without their steps; empty when all are explained.
    var more: [StatementPart]

    static let fieldsName = "window explanation"
    static let fields = TemplateFields<Self>([
        .field("summary") { $0.summary },
        .field("derivations") { $0.derivations },
        .field("more") { $0.more },
        .field("hasMore") { !$0.more.isEmpty },
    ])
}

/// One incident's impact window as a step of an explanation: the incident, and the lines
/// of what opened and closed it, the grace and office hours. (No file or line: the page
/// must not depend on where the build found the files, nor change when their lines move.)
struct DerivationView: FieldedView {
    var incident: LinkView
    /// Each step a sentence of parts: `{{#steps}}{{#.}}…{{/.}}{{/steps}}`.
    var steps: [[StatementPart]]

    static let fieldsName = "derivation"
    static let fields = TemplateFields<Self>([
        .field("incident") { $0.incident },
        .field("steps") { $0.steps },
    ])
}
