/// `norms.mustache`: the "Servicenormen" page, every norm with its excused windows and periods.
struct NormsView: TemplateView {
    var heading: String
    var intro: String
    var excusedJSONLink: LinkView
    var norms: [NormView]

    func child(named name: String) -> Any? {
        switch name {
        case "heading": heading
        case "intro": intro
        case "excusedJSONLink": excusedJSONLink
        case "norms": norms
        default: nil
        }
    }
}

/// One norm: what it measures, which services excuse it, and what is excused.
struct NormView: TemplateView {
    /// `norm-on-time-delivery`, the fragment incident pages link to.
    var anchor: String
    var normName: String
    var facts: [FactView]
    var officeHoursText: String?
    var calendarLink: LinkView
    var windowsHeading: String
    var windows: [NormWindowView]
    var noWindowsText: String
    var columnFrom: String
    var columnUntil: String
    var columnIncidents: String
    var periodsHeading: String
    var periods: [PeriodView]
    var columnPeriod: String
    var columnExcused: String

    func child(named name: String) -> Any? {
        switch name {
        case "anchor": anchor
        case "normName": normName
        case "facts": facts
        case "officeHoursText": officeHoursText
        case "calendarLink": calendarLink
        case "windowsHeading": windowsHeading
        case "windows": windows
        case "hasWindows": !windows.isEmpty
        case "noWindowsText": noWindowsText
        case "columnFrom": columnFrom
        case "columnUntil": columnUntil
        case "columnIncidents": columnIncidents
        case "periodsHeading": periodsHeading
        case "periods": periods
        case "columnPeriod": columnPeriod
        case "columnExcused": columnExcused
        case "factsHTML": FactView.builtInHTML(facts)
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

    func child(named name: String) -> Any? {
        switch name {
        case "start": start
        case "end": end
        case "ongoingText": ongoingText
        case "incidentLinks": incidentLinks
        default: nil
        }
    }
}

/// `2023-W51`: 1 dag 3 uur.
struct PeriodView: TemplateView {
    var period: String
    var duration: String

    func child(named name: String) -> Any? {
        switch name {
        case "period": period
        case "duration": duration
        default: nil
        }
    }
}
