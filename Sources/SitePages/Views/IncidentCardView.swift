/// One incident on the front page, as the seed page shows it: state, title, services,
/// opened date and the latest update.
struct IncidentCardView: TemplateView {
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

    func child(named name: String) -> Any? {
        switch name {
        case "href": href
        case "title": title
        case "contentLang": contentLang
        case "stateKey": stateKey
        case "stateLabel": stateLabel
        case "kindLabel": kindLabel
        case "services": services
        case "hasServices": !services.isEmpty
        case "openedLabel": openedLabel
        case "opened": opened
        case "maintenanceWindow": window
        case "latest": latest
        case "latestLabel": latestLabel
        case "windowLabel": windowLabel
        case "html": builtInHTML
        default: nil
        }
    }
}

/// One line of the archive or a service's history.
struct IncidentRowView: TemplateView {
    var href: String
    var title: String
    var contentLang: String?
    var stateKey: String
    var stateLabel: String
    var kindLabel: String
    var services: [String]
    var opened: TimeView?

    func child(named name: String) -> Any? {
        switch name {
        case "href": href
        case "title": title
        case "contentLang": contentLang
        case "stateKey": stateKey
        case "stateLabel": stateLabel
        case "kindLabel": kindLabel
        case "services": services
        case "hasServices": !services.isEmpty
        case "opened": opened
        case "html": builtInHTML
        default: nil
        }
    }
}

/// One entry of a timeline: when, which status, and the update's text as safe HTML.
struct UpdateView: TemplateView {
    var time: TimeView
    var statusKey: String
    var statusLabel: String
    /// False for a plain update, whose status ("Update") says nothing.
    var hasStatus: Bool
    /// cmark's safe-mode HTML of the update's Markdown.
    var bodyHTML: String

    func child(named name: String) -> Any? {
        switch name {
        case "time": time
        case "statusKey": statusKey
        case "statusLabel": statusLabel
        case "hasStatus": hasStatus
        case "bodyHTML": bodyHTML
        default: nil
        }
    }
}

/// A span of time written out: "13-12-2023 12:23 – 14-12-2023 15:50", or "… – loopt nog".
struct WindowTextView: TemplateView {
    var start: TimeView
    /// Nil while the window is still open.
    var end: TimeView?
    var ongoingText: String?

    func child(named name: String) -> Any? {
        switch name {
        case "start": start
        case "end": end
        case "ongoingText": ongoingText
        case "html": builtInHTML
        default: nil
        }
    }
}
