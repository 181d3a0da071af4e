import Foundation
import ExcusalFormats
import IncidentModel
import OutputEncoding
import SiteContent

/// Builds the view models of one language's pages from the snapshot and the index:
/// every string localized and formatted, every link relative to the page. The page kinds live
/// in `PageBuilder+<Page>.swift`; this file holds what they share.
struct PageBuilder: Sendable {
    let snapshot: SiteSnapshot
    let dayBars: ServiceDayBars
    /// Shared by the period pages of every language.
    let derivations: NormDerivations
    let routes: SiteRoutes
    /// Links from the page being built; `linking(fromPage:)` makes a builder per page.
    private(set) var links: SiteLink
    let dates: SiteDateFormatter
    /// This language's explanation times, shared by the builders of its pages.
    let explanationTimes: ExplanationTimes
    /// Service names in this language, by key.
    let serviceNames: [ServiceKey: String]
    /// The theme's verbatim HTML for every page.
    let slots: ThemeSlots
    /// Whether pages state the build time or a placeholder `serve` fills in.
    let buildTime: BuildTimeStamps.Form

    init(
        snapshot: SiteSnapshot, dayBars: ServiceDayBars, derivations: NormDerivations? = nil, routes: SiteRoutes,
        slots: ThemeSlots = ThemeSlots(), buildTime: BuildTimeStamps.Form = .written
    ) {
        self.snapshot = snapshot
        self.slots = slots
        self.buildTime = buildTime
        self.dayBars = dayBars
        self.derivations = derivations ?? NormDerivations(snapshot)
        self.routes = routes
        links = SiteLink(fromPage: routes.home)
        dates = SiteDateFormatter(language: routes.language, clock: snapshot.excusal.clock)
        explanationTimes = ExplanationTimes(dates)
        serviceNames = Dictionary(
            snapshot.configuration.catalogue.services.map { ($0.key, $0.name[routes.language]) },
            uniquingKeysWith: { first, _ in first })
    }

    var language: Language { routes.language }

    /// This builder for the page at `route`: its links are relative to that page, or,
    /// for the 404 page (`nil`), start at the base URL's path, since hosts show it at any URL.
    func linking(fromPage route: String?) -> PageBuilder {
        var builder = self
        builder.links = route.map(SiteLink.init(fromPage:)) ?? SiteLink(fromBasePath: snapshot.configuration.basePath)
        return builder
    }

    /// A fixed text in this page's language.
    func text(_ text: LocalizedText) -> String { text[language] }

    /// The parts of the site the main menu links to.
    enum Section: CaseIterable {
        case home, archive, services, norms
    }

    /// The layout of a page at `route` (a function of the routes, so the same page in the
    /// other languages can be linked). A page that is not `translated` (the 404 page)
    /// gets no `hreflang` alternates and links to the other languages' home pages instead.
    /// `feeds`: the page's own feeds (a service's), announced in `<head>` after the site's.
    func layout(
        title: String, route: (SiteRoutes) -> String, relLinks: [RelLinkView] = [], feeds: [FileLinkView] = [],
        translated: Bool = true
    ) -> LayoutView {
        let siteTitle = snapshot.configuration.title[language]
        let here = route(routes)
        let others = snapshot.routes.filter { $0.language != language }
        let alternates = translated
            ? snapshot.routes.map { AlternateView(hreflang: $0.language.rawValue, href: absoluteURL(route($0))) }
                + snapshot.routes.prefix(1).map { AlternateView(hreflang: "x-default", href: absoluteURL(route($0))) }
            : []
        return LayoutView(
            lang: language.rawValue,
            documentTitle: title == siteTitle ? siteTitle : "\(title) – \(siteTitle)",
            siteTitle: siteTitle,
            siteDescription: snapshot.configuration.description[language],
            canonicalURL: absoluteURL(here),
            alternates: alternates,
            relLinks: relLinks,
            homeHref: links.href(routes.home),
            stylesheetHref: links.href(routes.stylesheet),
            iconHref: links.href(Theme.iconFile),
            atomFeed: LinkView(href: links.href(routes.atomFeed), text: text(PageText.atomFeed)),
            rssFeed: LinkView(href: links.href(routes.rssFeed), text: text(PageText.rssFeed)),
            pageFeeds: feeds,
            excusedJSON: LinkView(href: links.href(SiteRoutes.excusedJSON), text: text(PageText.excusedJSON)),
            skipLabel: text(PageText.skipToContent),
            mainMenuLabel: text(PageText.mainMenu),
            navItems: Section.allCases.map { navItem($0, here: here) },
            timeZoneNote: text(PageText.timeZoneNote),
            followLabel: text(PageText.follow),
            languageMenuLabel: text(PageText.languageMenu),
            languageLinks: others.map { other in
                LinkView(
                    href: links.href(translated ? route(other) : other.home),
                    text: PageText.name(of: other.language), lang: other.language.rawValue)
            },
            updatedLabel: text(PageText.updated),
            builtAt: builtAt,
            staleWarning: text(PageText.staleWarning),
            staleAfter: Int(snapshot.configuration.staleAfter),
            slots: slots)
    }

    private func navItem(_ section: Section, here: String) -> LinkView {
        let (route, label): (String, LocalizedText) =
            switch section {
            case .home: (routes.home, SiteText.currentIncidents)
            case .archive: (routes.archive(page: 1), SiteText.archive)
            case .services: (routes.servicesIndex, SiteText.services)
            case .norms: (routes.norms, SiteText.serviceNorms)
            }
        return LinkView(href: links.href(route), text: text(label), current: route == here)
    }

    /// The canonical absolute URL of a route.
    func absoluteURL(_ route: String) -> String {
        snapshot.absoluteURL(route)
    }

    // MARK: Shared pieces of incident views

    /// `lang` for an incident's own texts when they are not in the page's language.
    func contentLang(_ incident: Incident) -> String? {
        incident.language == language ? nil : incident.language.rawValue
    }

    func serviceName(_ key: ServiceKey) -> String {
        serviceNames[key] ?? key.rawValue
    }

    /// "13 december 2023 om 12:23", machine-readable too.
    func longTime(_ instant: Date) -> TimeView {
        TimeView.long(instant, dates)
    }

    /// When the site was built, as every page's frame states it.
    var builtAt: TimeView {
        switch buildTime {
        case .written: longTime(snapshot.builtAt)
        case .placeholders:
            TimeView(
                datetime: BuildTimeStamps.placeholder(Self.builtAtDatetime),
                text: BuildTimeStamps.placeholder(Self.builtAtText(language)))
        }
    }

    /// The placeholders' names: the machine-readable time is the same in every language.
    static let builtAtDatetime = "builtAt.datetime"
    static func builtAtText(_ language: Language) -> String { "builtAt.text." + language.rawValue }

    /// Where an ongoing window or unresolved impact ends, as an explanation states it:
    /// with placeholders when that is the moment described, so that a past period's page
    /// stays the same from one minute to the next while its windows run on.
    func ongoingEnd(_ instant: Date) -> TimeView {
        guard buildTime == .placeholders, instant == snapshot.moment.instant else { return explanationTimes.time(instant) }
        return TimeView(
            datetime: BuildTimeStamps.placeholder(Self.momentDatetime),
            text: BuildTimeStamps.placeholder(Self.momentText(language)))
    }

    static let momentDatetime = "moment.datetime"
    static func momentText(_ language: Language) -> String { "moment.text." + language.rawValue }

    /// "13-12-2023 12:23", for excused windows.
    func compactTime(_ instant: Date) -> TimeView {
        TimeView(datetime: RFC3339.string(from: instant, in: dates.clock), text: dates.compact(instant))
    }

    /// When the incident opened, else when it is placed in time (maintenance without updates).
    func openedTime(_ facts: IncidentFacts) -> TimeView? {
        if let opened = facts.incident.openedAt { return longTime(opened) }
        return facts.sortDate == .distantPast ? nil : longTime(facts.sortDate)
    }

    /// The timeline entry of the update at `offset` (newest first).
    func update(_ facts: IncidentFacts, at offset: Int) -> UpdateView {
        let update = facts.updates[offset]
        return UpdateView(
            time: TimeView(datetime: RFC3339.string(from: update.instant, in: dates.clock), text: dates.timeline(update.instant)),
            statusKey: Self.cssKey(of: update.status),
            statusLabel: text(SiteText.label(for: update.status)),
            hasStatus: update.status != .update,
            bodyHTML: facts.updateHTML[offset])
    }

    /// The status as a CSS class suffix: `in_progress` → `in-progress`.
    static func cssKey(of status: UpdateStatus) -> String {
        let key = status.rawValue
        return key.utf8.contains(UInt8(ascii: "_")) ? String(key.map { $0 == "_" ? "-" : $0 }) : key
    }

    /// An excused window: start – end, or start – "loopt nog".
    func window(_ range: TimeRange, ongoing: Bool) -> WindowTextView {
        WindowTextView(
            start: compactTime(range.start), end: ongoing ? nil : compactTime(range.end),
            ongoingText: ongoing ? text(SiteText.ongoing) : nil)
    }

    /// A maintenance's planned range in the long form.
    func scheduledWindow(_ incident: Incident) -> WindowTextView? {
        incident.scheduled.map { WindowTextView(start: longTime($0.start), end: longTime($0.end), ongoingText: nil) }
    }

    /// A link to an incident's page, titled, or its id when the snapshot does not hold it.
    func incidentLink(_ id: IncidentID) -> LinkView {
        let facts = snapshot.positionByID[id].map { snapshot.facts[$0] }
        return LinkView(
            href: links.href(routes.incident(id)), text: facts?.incident.title ?? id.rawValue,
            lang: facts.flatMap { contentLang($0.incident) })
    }
}

extension TimeView {
    /// "13 december 2023 om 12:23" in the language of `dates`.
    static func long(_ instant: Date, _ dates: SiteDateFormatter) -> TimeView {
        TimeView(datetime: RFC3339.string(from: instant, in: dates.clock), text: dates.long(instant))
    }

    /// "zo 06-12-2026 05:00", as an explanation on the command line reads it.
    static func explanation(_ instant: Date, _ dates: SiteDateFormatter) -> TimeView {
        TimeView(
            datetime: RFC3339.string(from: instant, in: dates.clock),
            text: ExplanationWording(language: dates.language, clock: dates.clock).time(instant))
    }
}
