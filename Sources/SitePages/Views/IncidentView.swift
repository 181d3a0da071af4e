/// `incident.mustache`: one incident with its facts, summary, full timeline and the
/// norms it excuses.
struct IncidentView: TemplateView {
    var title: String
    var contentLang: String?
    var stateKey: String
    var stateLabel: String
    var kindLabel: String
    /// Kind, status, impact, services, opened, maintenance window.
    var facts: [FactView]
    /// cmark's safe HTML of the summary; empty when the file has none.
    var summaryHTML: String
    var postmortemHeading: String
    /// cmark's safe HTML of the postmortem; empty when the file has none.
    var postmortemHTML: String
    var timelineHeading: String
    /// Newest first.
    var updates: [UpdateView]
    var noUpdatesText: String
    var excusedHeading: String
    var excusedNorms: [ExcusedNormView]
    var noExcusedText: String

    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "contentLang": contentLang
        case "stateKey": stateKey
        case "stateLabel": stateLabel
        case "kindLabel": kindLabel
        case "facts": facts
        case "summaryHTML": summaryHTML
        case "hasSummary": !summaryHTML.isEmpty
        case "postmortemHeading": postmortemHeading
        case "postmortemHTML": postmortemHTML
        case "hasPostmortem": !postmortemHTML.isEmpty
        case "timelineHeading": timelineHeading
        case "updates": updates
        case "hasUpdates": !updates.isEmpty
        case "noUpdatesText": noUpdatesText
        case "excusedHeading": excusedHeading
        case "excusedNorms": excusedNorms
        case "hasExcusedNorms": !excusedNorms.isEmpty
        case "noExcusedText": noExcusedText
        case "factsHTML": FactView.builtInHTML(facts)
        default: nil
        }
    }
}

/// A norm an incident excuses, with the windows that incident causes.
struct ExcusedNormView: TemplateView {
    var normName: String
    /// The norm's page.
    var normHref: String
    /// The latest windows, at most `PageBuilder.excusedWindowsShown`.
    var windows: [WindowTextView]
    /// "en nog 1790 eerdere periodes …" when not all are listed; nil when they are.
    var earlierText: String?
    var periodsLabel: String
    /// The evaluation periods the windows touch, each linking to its citable page.
    var periods: [LinkView]

    func child(named name: String) -> Any? {
        switch name {
        case "normName": normName
        case "normHref": normHref
        case "windows": windows
        case "earlierText": earlierText
        case "periodsLabel": periodsLabel
        case "periods": periods
        case "hasPeriods": !periods.isEmpty
        default: nil
        }
    }
}
