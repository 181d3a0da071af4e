import Foundation
import IncidentModel
import ServiceNorms
import SiteContent

/// One feed's description of itself and its entries, whatever it follows: the whole
/// site (`feed.atom`) or one service (`services/orders/feed.atom`). The Atom and RSS
/// renderers write a channel, so site and service feeds come out of the same code.
struct FeedChannel: Sendable {
    var language: Language
    /// "Actuele storingen", or "Actuele storingen – Bestellingen".
    var title: String
    var description: String
    /// The absolute URL of the HTML page the feed follows: the front page or the service's page.
    var pageURL: String
    /// Where the channel's Atom and RSS files are written (`services/orders/feed.atom`).
    var atomPath: String
    var rssPath: String
    /// The absolute URLs of those files; each is its own `self` link.
    var atomURL: String
    var rssURL: String
    /// Who publishes it (RFC 4287 wants an author): the site, by title and front page.
    var authorName: String
    var authorURL: String
    /// The newest entry's `updated`, else the site's last change: never the build's
    /// clock, so that the same input gives the same bytes.
    var updated: Date
    /// Most recently updated first.
    var entries: [FeedEntry]

    /// The site's own feed in the language of `routes`: every incident.
    static func site(_ index: FeedIndex, routes: SiteRoutes) -> FeedChannel {
        let configuration = index.snapshot.configuration
        let language = routes.language
        return FeedChannel(
            index: index, routes: routes, title: configuration.title[language],
            description: configuration.description[language], page: routes.home,
            atom: routes.atomFeed, rss: routes.rssFeed, incidents: index.feedEntries)
    }

    /// The feed of the catalogue's service at `slot`: only the incidents that list it.
    static func service(at slot: Int, _ index: FeedIndex, routes: SiteRoutes) -> FeedChannel {
        let configuration = index.snapshot.configuration
        let language = routes.language
        let service = configuration.catalogue.services[slot]
        let name = service.name[language]
        return FeedChannel(
            index: index, routes: routes, title: "\(configuration.title[language]) – \(name)",
            description: FeedText.serviceDescription(name, in: language), page: routes.service(service.key),
            atom: routes.serviceAtomFeed(service.key), rss: routes.serviceRSSFeed(service.key),
            incidents: index.serviceFeedEntries[slot])
    }

    /// The feed of the norm at `slot` of the report: an entry per excused window, the
    /// latest first.
    static func norm(at slot: Int, _ index: FeedIndex, routes: SiteRoutes) -> FeedChannel {
        let snapshot = index.snapshot
        let configuration = snapshot.configuration
        let language = routes.language
        let excusal = snapshot.excusal.norms[slot]
        let name = excusal.norm.name[language]
        let entries = normFeedWindows(excusal).map { window in
            FeedEntry(window: window, norm: excusal.norm, behind: window.incidents.compactMap(snapshot.facts(of:)),
                      routes: routes, snapshot: snapshot)
        }
        return FeedChannel(
            index: index, routes: routes, title: "\(configuration.title[language]) – \(name)",
            description: FeedText.normDescription(name, in: language), page: routes.norm(excusal.norm.key),
            atom: routes.normAtomFeed(excusal.norm.key), rss: routes.normRSSFeed(excusal.norm.key), entries: entries)
    }

    /// The windows a norm's feed lists: the 50 latest, latest first.
    static func normFeedWindows(_ excusal: NormExcusal) -> [ExcusedWindow] {
        Array(excusal.windows.suffix(FeedIndex.feedEntryLimit).reversed())
    }

    private init(
        index: FeedIndex, routes: SiteRoutes, title: String, description: String,
        page: String, atom: String, rss: String, incidents: [IncidentFacts]
    ) {
        self.init(
            index: index, routes: routes, title: title, description: description, page: page, atom: atom, rss: rss,
            entries: incidents.compactMap { index.entries.entry($0, routes: routes) })
    }

    private init(
        index: FeedIndex, routes: SiteRoutes, title: String, description: String,
        page: String, atom: String, rss: String, entries: [FeedEntry]
    ) {
        let snapshot = index.snapshot
        language = routes.language
        self.title = title
        self.description = description
        pageURL = snapshot.absoluteURL(page)
        atomPath = atom
        rssPath = rss
        atomURL = snapshot.absoluteURL(atom)
        rssURL = snapshot.absoluteURL(rss)
        authorName = snapshot.configuration.title[routes.language]
        authorURL = snapshot.absoluteURL(routes.home)
        self.entries = entries
        updated = entries.map(\.updated).max() ?? index.lastChange
    }
}
