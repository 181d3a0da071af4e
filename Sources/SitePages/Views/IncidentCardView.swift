/// One incident on the front page, as the seed page shows it: state, title, services,
/// opened date and the latest update.
struct IncidentCardView: FieldedView {
    var href: String
    var title: String
    /// The incident's own language when it differs from the page's (`lang` attribute).
    var contentLang: String?
    /// `resolved`, `active`, … for the CSS class; the label carries the meaning.
    var stateKey: String
    var stateLabel: String
    var kindLabel: String
    var services: [String]
    var openedLabel: String
    var opened: TimeView?
    /// The maintenance's planned range, when it has one.
    var window: WindowTextView?
    var latest: UpdateView?
    var latestLabel: String
    var windowLabel: String

    static let fieldsName = "card (`incident-card`)"
    static let fields = TemplateFields<Self>([
        .field("href") { $0.href },
        .field("title") { $0.title },
        .field("contentLang") { $0.contentLang },
        .field("stateKey") { $0.stateKey },
        .field("stateLabel") { $0.stateLabel },
        .field("kindLabel") { $0.kindLabel },
        .field("services") { $0.services },
        .field("hasServices") { !$0.services.isEmpty },
        .field("openedLabel") { $0.openedLabel },
        .field("opened") { $0.opened },
        .field("maintenanceWindow") { $0.window },
        .field("latest") { $0.latest },
        .field("latestLabel") { $0.latestLabel },
        .field("windowLabel") { $0.windowLabel },
        .field("html") { $0.builtInHTML },
    ])
}

/// One line of the archive or a service's history.
struct IncidentRowView: FieldedView {
    var href: String
    var title: String
    var contentLang: String?
    var stateKey: String
    var stateLabel: String
    var kindLabel: String
    var services: [String]
    var opened: TimeView?

    static let fieldsName = "row (`incident-row`)"
    static let fields = TemplateFields<Self>([
        .field("href") { $0.href },
        .field("title") { $0.title },
        .field("contentLang") { $0.contentLang },
        .field("stateKey") { $0.stateKey },
        .field("stateLabel") { $0.stateLabel },
        .field("kindLabel") { $0.kindLabel },
        .field("services") { $0.services },
        .field("hasServices") { !$0.services.isEmpty },
        .field("opened") { $0.opened },
        .field("html") { $0.builtInHTML },
    ])
}

/// One entry of a timeline: when, which status, and the update's text as safe HTML.
struct UpdateView: FieldedView {
    var time: TimeView
    var statusKey: String
    var statusLabel: String
    /// False for a plain update, whose status ("Update") says nothing.
    var hasStatus: Bool
    /// cmark's safe-mode HTML of the update's Markdown.
    var bodyHTML: String

    static let fieldsName = "update"
    static let fields = TemplateFields<Self>([
        .field("time") { $0.time },
        .field("statusKey") { $0.statusKey },
        .field("statusLabel") { $0.statusLabel },
        .field("hasStatus") { $0.hasStatus },
        .field("bodyHTML") { $0.bodyHTML },
    ])
}

/// A span of time written out: "13-12-2023 12:23 – 14-12-2023 15:50", or "… – loopt nog".
struct WindowTextView: FieldedView {
    var start: TimeView
    /// Nil while the window is still open.
    var end: TimeView?
    var ongoingText: String?

    static let fieldsName = "time range (`time-range`)"
    static let fields = TemplateFields<Self>([
        .field("start") { $0.start },
        .field("end") { $0.end },
        .field("ongoingText") { $0.ongoingText },
        .field("html") { $0.builtInHTML },
    ])
}
