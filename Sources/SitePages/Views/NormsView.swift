/// `norms.mustache`: the "Servicenormen" overview, every norm in short.
struct NormsView: TemplateView {
    var heading: String
    var intro: String
    /// How excused time is counted: business days, grace, office hours, holidays.
    var rulesText: String
    var excusedJSONLink: LinkView
    /// `api/norms.json`, the same rules as data.
    var normsJSONLink: LinkView
    var norms: [NormSummaryView]

    func child(named name: String) -> Any? {
        switch name {
        case "heading": heading
        case "intro": intro
        case "rulesText": rulesText
        case "excusedJSONLink": excusedJSONLink
        case "normsJSONLink": normsJSONLink
        case "norms": norms
        default: nil
        }
    }
}

/// One norm on the overview: what it measures and how much was excused.
struct NormSummaryView: TemplateView {
    /// `norm-on-time-delivery`, the fragment older links point at.
    var anchor: String
    var link: LinkView
    var facts: [FactView]
    /// "12 uitgezonderde periodes, samen 3 dagen 4 uur".
    var totals: String

    func child(named name: String) -> Any? {
        switch name {
        case "anchor": anchor
        case "normLink": link
        case "facts": facts
        case "factsHTML": FactView.builtInHTML(facts)
        case "totals": totals
        default: nil
        }
    }
}

/// `norm.mustache`: one norm, what excuses it, its years and latest windows.
struct NormView: TemplateView {
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

    func child(named name: String) -> Any? {
        switch name {
        case "normName": normName
        case "facts": facts
        case "factsHTML": FactView.builtInHTML(facts)
        case "officeHoursText": officeHoursText
        case "calendarLink": calendarLink
        case "feedLinks": feedLinks
        case "yearsHeading": yearsHeading
        case "years": years
        case "hasYears": !years.isEmpty
        case "columnYear": columnYear
        case "columnWindows": columnWindows
        case "columnExcused": columnExcused
        case "windowsHeading": windowsHeading
        case "windows": windows
        case "hasWindows": !windows.isEmpty
        case "noWindowsText": noWindowsText
        case "columns": columns
        default: nil
        }
    }
}

/// A year of a norm on its page: a link to the year and what it holds.
struct NormYearSummaryView: TemplateView {
    var link: LinkView
    var windowCount: String
    var excused: String

    func child(named name: String) -> Any? {
        switch name {
        case "yearLink": link
        case "windowCount": windowCount
        case "excused": excused
        default: nil
        }
    }
}

/// `norm-year.mustache`: a norm's excused windows and periods of one year.
struct NormYearView: TemplateView {
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

    func child(named name: String) -> Any? {
        switch name {
        case "heading": heading
        case "normLink": normLink
        case "windowsHeading": windowsHeading
        case "windows": windows
        case "columns": columns
        case "pagination": pagination
        case "periodsHeading": periodsHeading
        case "periods": periods
        case "columnPeriod": columnPeriod
        case "columnExcused": columnExcused
        case "yearsHeading": yearsHeading
        case "years": years
        default: nil
        }
    }
}

/// `norm-period.mustache`: one evaluation period of a norm, the page a seller cites.
struct NormPeriodView: TemplateView {
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

    func child(named name: String) -> Any? {
        switch name {
        case "heading": heading
        case "normLink": normLink
        case "statement": statement
        case "statementHTML": StatementPart.builtInHTML(statement)
        case "explanationHeading": explanationHeading
        case "rules": rules
        case "explanations": explanations
        case "explanationHTML": builtInExplanationHTML
        case "facts": facts
        case "factsHTML": FactView.builtInHTML(facts)
        case "windowsHeading": windowsHeading
        case "windows": windows
        case "columns": columns
        case "yearLink": yearLink
        default: nil
        }
    }
}

/// The headings of a table of excused windows.
struct WindowColumns: TemplateView {
    var from: String
    var until: String
    var incidents: String

    func child(named name: String) -> Any? {
        switch name {
        case "columnFrom": from
        case "columnUntil": until
        case "columnIncidents": incidents
        default: nil
        }
    }
}

/// A merged excused window of a norm and the incidents behind it.
struct NormWindowView: TemplateView {
    var start: TimeView
    var end: TimeView?
    var ongoingText: String?
    var incidentLinks: [LinkView]
    /// "en nog 3402 storingen" when the row does not name them all; nil when it does.
    var moreText: String?

    func child(named name: String) -> Any? {
        switch name {
        case "start": start
        case "end": end
        case "ongoingText": ongoingText
        case "incidentLinks": incidentLinks
        case "moreText": moreText
        default: nil
        }
    }
}

/// `2023-W51`: 1 dag 3 uur, linking to the period's page.
struct PeriodView: TemplateView {
    var period: LinkView
    var duration: String

    func child(named name: String) -> Any? {
        switch name {
        case "period": period.text
        case "periodLink": period
        case "duration": duration
        default: nil
        }
    }
}

/// A piece of a sentence: text, a time shown as a `<time datetime>` element, or a link
/// (an incident named in an explanation).
///
/// A template tells the cases apart by which of `partText`, `partTime` and `partLink` it has.
enum StatementPart: TemplateView {
    case text(String)
    case time(TimeView)
    case link(LinkView)

    func child(named name: String) -> Any? {
        switch (name, self) {
        case ("partText", .text(let text)): text
        case ("partTime", .time(let time)): time
        case ("partLink", .link(let link)): link
        default: nil
        }
    }
}

/// How one excused window of a period was derived (docs/excusal.md, Explaining a window):
/// its summary (bounds, merge,
/// periods) and, per incident impact behind it, the steps.
struct WindowExplanationView: TemplateView {
    var summary: [StatementPart]
    var derivations: [DerivationView]
    /// The other incidents of a busy window, linked without their steps; empty when all are explained.
    var more: [StatementPart]

    func child(named name: String) -> Any? {
        switch name {
        case "summary": summary
        case "derivations": derivations
        case "more": more
        case "hasMore": !more.isEmpty
        default: nil
        }
    }
}

/// One incident's impact window as a step of an explanation: the incident, and the lines
/// of what opened and closed it, the grace and office hours. (No file or line: the page
/// must not depend on where the build found the files, nor change when their lines move.)
struct DerivationView: TemplateView {
    var incident: LinkView
    /// Each step a sentence of parts: `{{#steps}}{{#.}}…{{/.}}{{/steps}}`.
    var steps: [[StatementPart]]

    func child(named name: String) -> Any? {
        switch name {
        case "incident": incident
        case "steps": steps
        default: nil
        }
    }
}
