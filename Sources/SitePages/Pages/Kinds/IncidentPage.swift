import Foundation
import OutputEncoding
import SiteContent

/// An incident's page (one per id), by its position in `SiteSnapshot.facts`.
struct IncidentPage: PageKind {
    let position: Int

    static var template: EjectableTemplate { .incident }
    static let isTranslated = true
    static func pages(in snapshot: SiteSnapshot) -> [Self] { snapshot.facts.indices.filter(snapshot.ownsPage).map(Self.init) }
    func route(in routes: SiteRoutes, of snapshot: SiteSnapshot) -> String { routes.incident(snapshot.facts[position].id) }
    func view(_ builder: PageBuilder) -> PageView<IncidentView> { builder.incident(at: position) }

    func inputs(_ builder: PageBuilder) -> (any Equatable & Sendable)? {
        PageInputs.IncidentPage(facts: builder.snapshot.facts[position])
    }

    /// The pages a render with `cache` must make or compare: those of incidents whose
    /// facts are not the very ones of the cache's last render. An incident page is made of
    /// its facts and the build time it states alone (`inputs(_:)`), so the others are the
    /// cache's as they were (`OutputCache.carry`), and a save of one incident of 10,000
    /// does not look up 20,000 pages to find its own.
    static func visited(in snapshot: SiteSnapshot, cache: OutputCache, builtAt: Date?) -> [Self] {
        let pages = pages(in: snapshot)
        let visit = cache.carry(
            cacheGroup, items: pages.map { snapshot.facts[$0.position] as any AnyObject & Sendable }, token: AnyHashable(builtAt))
        return visit.count == pages.count ? pages : visit.map { pages[$0] }
    }

    /// The cache's name for the group of incident pages.
    static let cacheGroup = "incident pages"

    func member(of snapshot: SiteSnapshot) -> OutputCache.Member? {
        OutputCache.Member(group: Self.cacheGroup, item: snapshot.facts[position])
    }

    /// An incident's page changes with its updates.
    func lastModified(in snapshot: SiteSnapshot, _ changes: SiteChanges) -> Date? { snapshot.facts[position].updated }
}
