/// `incident.mustache`: one incident with its facts, summary, full timeline and the
/// norms it excuses.
struct IncidentView: FieldedView {
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

    static let fieldsName = "`incident`"
    static let fields = TemplateFields<Self>([
        .field("title") { $0.title },
        .field("contentLang") { $0.contentLang },
        .field("stateKey") { $0.stateKey },
        .field("stateLabel") { $0.stateLabel },
        .field("kindLabel") { $0.kindLabel },
        .field("facts") { $0.facts },
        .field("summaryHTML") { $0.summaryHTML },
        .field("hasSummary") { !$0.summaryHTML.isEmpty },
        .field("postmortemHeading") { $0.postmortemHeading },
        .field("postmortemHTML") { $0.postmortemHTML },
        .field("hasPostmortem") { !$0.postmortemHTML.isEmpty },
        .field("timelineHeading") { $0.timelineHeading },
        .field("updates", note: "newest first") { $0.updates },
        .field("hasUpdates") { !$0.updates.isEmpty },
        .field("noUpdatesText") { $0.noUpdatesText },
        .field("excusedHeading") { $0.excusedHeading },
        .field("excusedNorms") { $0.excusedNorms },
        .field("hasExcusedNorms") { !$0.excusedNorms.isEmpty },
        .field("noExcusedText") { $0.noExcusedText },
        .field("factsHTML") { FactView.builtInHTML($0.facts) },
    ])
}

/// A norm an incident excuses, with the windows that incident causes.
struct ExcusedNormView: FieldedView {
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

    static let fieldsName = "excused norm"
    static let fields = TemplateFields<Self>([
        .field("normName") { $0.normName },
        .field("normHref") { $0.normHref },
        .field("windows") { $0.windows },
        .field("earlierText") { $0.earlierText },
        .field("periodsLabel") { $0.periodsLabel },
        .field("periods") { $0.periods },
        .field("hasPeriods") { !$0.periods.isEmpty },
    ])
}
