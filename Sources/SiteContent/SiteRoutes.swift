import IncidentModel

/// Where each page of a language lives. The first language of the site is served at
/// `/`, the others under `/<lang>/`; the folders are the same in every language so a
/// language switch only swaps the prefix. Pages are `…/index.html` for clean URLs.
public struct SiteRoutes: Sendable, Hashable {
    public let language: Language
    /// `""` for the default language, else `en/`.
    public let prefix: String

    public init(language: Language, isDefault: Bool) {
        self.language = language
        self.prefix = isDefault ? "" : "\(language.rawValue)/"
    }

    public var home: String { prefix }
    public func archive(page: Int) -> String { page <= 1 ? "\(prefix)archive/" : "\(prefix)archive/page/\(page)/" }
    public func incident(_ id: IncidentID) -> String { .concatenation(prefix, "incidents/", id.rawValue, "/") }
    /// The page that lists every service with its 90-day bar.
    public var servicesIndex: String { "\(prefix)services/" }
    public func service(_ key: ServiceKey) -> String { .concatenation(prefix, "services/", key.rawValue, "/") }
    /// A service's incidents of one year.
    public func service(_ key: ServiceKey, year: Int) -> String { "\(service(key))\(year)/" }
    /// A service's status badge.
    public func serviceBadge(_ key: ServiceKey) -> String { "\(service(key))badge.svg" }
    public var norms: String { "\(prefix)norms/" }
    /// A norm: what it measures, its years, its latest windows.
    public func norm(_ key: NormKey) -> String { .concatenation(prefix, "norms/", key.rawValue, "/") }
    /// A norm's excused windows and periods of one year.
    public func norm(_ key: NormKey, year: Int) -> String { "\(norm(key))\(year)/" }
    /// A further page of a norm's year (`norms/<key>/2024/page/2/`).
    public func norm(_ key: NormKey, year: Int, page: Int) -> String {
        page <= 1 ? norm(key, year: year) : "\(norm(key, year: year))page/\(page)/"
    }
    /// One evaluation period of a norm (`2023-W51`, `2024-03`): the page a seller cites.
    public func norm(_ key: NormKey, period: String) -> String {
        .concatenation(prefix, "norms/", key.rawValue, "/", period, "/")
    }
    /// A norm's excused windows as a feed beside its page: an entry per window.
    public func normAtomFeed(_ key: NormKey) -> String { "\(norm(key))feed.atom" }
    /// The same entries as RSS.
    public func normRSSFeed(_ key: NormKey) -> String { "\(norm(key))feed.rss" }
    /// The site's overall status badge.
    public var badge: String { "\(prefix)badge.svg" }
    /// The embeddable status banner of every service, in this language.
    public var banner: String { "\(prefix)embed/banner.html" }
    /// The embeddable banner of one service.
    public func serviceBanner(_ key: ServiceKey) -> String { "\(prefix)embed/\(key.rawValue)/banner.html" }
    /// `<storingen-banner>`, the web component that draws the banner from `api/v2/summary.json`.
    public static let embedScript = "embed/storingen-banner.js"
    public var atomFeed: String { "\(prefix)feed.atom" }
    public var rssFeed: String { "\(prefix)feed.rss" }
    /// A service's own Atom feed, beside its page, so a seller follows only what they use.
    public func serviceAtomFeed(_ key: ServiceKey) -> String { "\(service(key))feed.atom" }
    /// A service's own RSS feed, with the same entries as its Atom feed.
    public func serviceRSSFeed(_ key: ServiceKey) -> String { "\(service(key))feed.rss" }
    /// Every run of every maintenance as a calendar to subscribe to, in this language.
    public var maintenanceCalendar: String { "\(prefix)maintenance.ics" }
    public var stylesheet: String { "style.css" }
    public static let notFound = "404.html"
    /// A norm's excused windows as a calendar, with summaries in this language.
    public func calendar(_ norm: NormKey) -> String { "\(prefix)excused/\(norm.rawValue).ics" }
    public static let excusedJSON = "api/excused.json"
    /// The excusal rules as data: norms, graces, clocks, business days and holidays.
    public static let normsJSON = "api/norms.json"
    /// The Statuspage API's `summary.json`: what status widgets poll; default language only.
    public static let statuspageSummary = "api/v2/summary.json"
    /// `api/excused/<norm>/<period>.json`: one period of one norm (`2023-W51`, `2024-03`).
    public static func excusedPeriodJSON(_ norm: NormKey, period: String) -> String { "api/excused/\(norm.rawValue)/\(period).json" }

    /// The file that serves a page URL path (`incidents/x/` → `incidents/x/index.html`).
    /// The last byte is looked at, not the last character: a save of `serve` asks this
    /// for each of 27,000 pages.
    public static func file(for route: String) -> String {
        route.utf8.last.map { $0 == UInt8(ascii: "/") } ?? true ? route + "index.html" : route
    }
}
