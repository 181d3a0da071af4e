import Foundation
import OutputEncoding
import SiteContent

/// One kind of HTML page of the site, declared in one place: which pages of the kind a
/// snapshot has, where each is published, the view it shows, what it is made of (for the
/// cache of `storingen serve`), when it last changed (for the sitemap) and the built-in
/// template a site overrides it with. A new kind is a new file here and a line in
/// `PageKinds.all`; a piece it lacks does not compile.
protocol PageKind: Sendable {
    associatedtype Content: FieldedView & HTMLFragment

    /// The built-in template of the kind, which `theme eject` writes; its name is the
    /// name of the override file (`norm-period.mustache`).
    static var template: EjectableTemplate { get }

    /// Whether the page exists in every language. A page that does not (the 404 page)
    /// is written once, in the default language, links from the base URL's path because
    /// hosts show it at any URL, and stays out of the sitemap.
    static var isTranslated: Bool { get }

    /// Every page of this kind that the snapshot has, in site order.
    static func pages(in snapshot: SiteSnapshot) -> [Self]

    /// Where the page is published in a language.
    func route(in routes: SiteRoutes, of snapshot: SiteSnapshot) -> String

    /// The page's view, built by a builder whose links start at the page.
    func view(_ builder: PageBuilder) -> PageView<Content>

    /// What the page is made of, compared instead of its view by `storingen serve`'s
    /// cache; nil for pages that draw on a little of everything and are compared whole.
    func inputs(_ builder: PageBuilder) -> (any Equatable & Sendable)?

    /// When what the page shows last changed, for the sitemap's `lastmod`.
    func lastModified(in snapshot: SiteSnapshot, _ changes: SiteChanges) -> Date?

    /// The item of a cache group the page is made for (`OutputCache.carry`), for the
    /// kinds whose pages a render with a cache visits only when their item changed.
    func member(of snapshot: SiteSnapshot) -> OutputCache.Member?
}

extension PageKind {
    func member(of snapshot: SiteSnapshot) -> OutputCache.Member? { nil }
}

extension PageKind {
    /// The name of the kind's template and override file.
    static var templateName: String { template.name }

    /// The view its template reads (besides the layout's fields).
    static var view: any FieldedView.Type { Content.self }
}

/// Every kind of HTML page, in site order: home, archive pages, incidents, services,
/// their years, norms, their years and periods, and the 404 page last.
enum PageKinds {
    static let all: [any PageKind.Type] = [
        HomePage.self,
        ArchivePage.self,
        IncidentPage.self,
        ServicesPage.self,
        ServicePage.self,
        ServiceYearPage.self,
        NormsPage.self,
        NormPage.self,
        NormYearPage.self,
        NormPeriodPage.self,
        NotFoundPage.self,
    ]

    /// The names of the templates that replace a page kind's main content.
    static let templateNames: [String] = all.map { $0.templateName }

    /// Every page of the snapshot, kind by kind; with `visited`, those incident and
    /// period pages in place of all of them (the ones a render with a cache must visit).
    static func pages(in snapshot: SiteSnapshot, visited: (incidents: [IncidentPage], periods: [NormPeriodPage])? = nil) -> [any PageKind] {
        all.flatMap { kind in
            if let visited, kind == IncidentPage.self { return visited.incidents as [any PageKind] }
            if let visited, kind == NormPeriodPage.self { return visited.periods as [any PageKind] }
            return pages(of: kind, in: snapshot)
        }
    }

    private static func pages<Kind: PageKind>(of kind: Kind.Type, in snapshot: SiteSnapshot) -> [any PageKind] {
        kind.pages(in: snapshot)
    }
}
