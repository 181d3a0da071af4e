import OutputEncoding
import SiteContent

/// A kind whose every page is made of one item of the snapshot and a token alone (an
/// incident's facts and the build time it states; a period's version and the moment it
/// states), so that a render with a cache visits only the pages whose item is not the
/// very one of the cache's last render, and the others are the cache's as they were
/// (`OutputCache.carry`): a save of one incident of 10,000 does not look up 20,000 pages
/// to find its own.
protocol CarriedPageKind: PageKind {
    /// The cache's name for the group of the kind's pages.
    static var cacheGroup: String { get }

    /// The item the page is made of, compared by identity.
    func item(in snapshot: SiteSnapshot) -> any AnyObject & Sendable
}

extension CarriedPageKind {
    /// The pages a render with `cache` must make or compare. `token`: what every page of
    /// the kind states besides its item; when it differs from the last render's, all.
    static func visited(in snapshot: SiteSnapshot, cache: OutputCache, token: AnyHashable) -> [Self] {
        let pages = pages(in: snapshot)
        let visit = cache.carry(cacheGroup, items: pages.map { $0.item(in: snapshot) }, token: token)
        return visit.count == pages.count ? pages : visit.map { pages[$0] }
    }

    func member(of snapshot: SiteSnapshot) -> OutputCache.Member? {
        OutputCache.Member(group: Self.cacheGroup, item: item(in: snapshot))
    }
}
