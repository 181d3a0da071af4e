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
    public func incident(_ id: IncidentID) -> String { "\(prefix)incidents/\(id.rawValue)/" }
    public func service(_ key: ServiceKey) -> String { "\(prefix)services/\(key.rawValue)/" }
    public var norms: String { "\(prefix)norms/" }
    public var atomFeed: String { "\(prefix)feed.atom" }
    public var rssFeed: String { "\(prefix)feed.rss" }
    public var stylesheet: String { "style.css" }
    public static let notFound = "404.html"
    public static func calendar(_ norm: NormKey) -> String { "excused/\(norm.rawValue).ics" }
    public static let excusedJSON = "api/excused.json"
    /// `api/excused/<norm>/<period>.json`: one period of one norm (`2023-W51`, `2024-03`).
    public static func excusedPeriodJSON(_ norm: NormKey, period: String) -> String { "api/excused/\(norm.rawValue)/\(period).json" }

    /// The file that serves a page URL path (`incidents/x/` → `incidents/x/index.html`).
    public static func file(for route: String) -> String {
        route.isEmpty || route.hasSuffix("/") ? route + "index.html" : route
    }
}
