import IncidentModel
import OutputEncoding
import SiteContent

extension PageBuilder {
    /// The front page's "Volgen" block: the site's feeds, the maintenance calendar, the
    /// site's badge and the Statuspage API, all in this page's language but the API.
    func subscribe() -> SubscribeView {
        SubscribeView(
            heading: text(PageText.subscribe),
            intro: text(PageText.subscribeIntro),
            links: [
                FileLinkView(href: links.href(routes.atomFeed), text: text(PageText.atomFeed), mediaType: MediaType.atom.essence),
                FileLinkView(href: links.href(routes.rssFeed), text: text(PageText.rssFeed), mediaType: MediaType.rss.essence),
                FileLinkView(
                    href: links.href(routes.maintenanceCalendar), text: text(PageText.maintenanceCalendar),
                    mediaType: MediaType.calendar.essence),
                FileLinkView(href: links.href(routes.badge), text: text(PageText.statusBadge), mediaType: MediaType.svg.essence),
                // The API exists in the default language only; its texts are the incidents' own.
                FileLinkView(
                    href: links.href(SiteRoutes.statuspageSummary), text: text(PageText.statusAPI), mediaType: MediaType.json.essence),
            ])
    }

    /// A service page's "Volgen" block: that service's own feeds and badge, and the
    /// maintenance calendar (of every service: maintenance is rare enough to see it all).
    func subscribe(service key: ServiceKey, name: String) -> SubscribeView {
        let feeds = serviceFeeds(key, name: name)
        return SubscribeView(
            heading: text(PageText.subscribe),
            intro: PageText.subscribeIntro(service: name, in: language),
            links: feeds + [
                FileLinkView(
                    href: links.href(routes.maintenanceCalendar), text: text(PageText.maintenanceCalendarAllServices),
                    mediaType: MediaType.calendar.essence),
                FileLinkView(
                    href: links.href(routes.serviceBadge(key)), text: PageText.serviceBadge(name, in: language),
                    mediaType: MediaType.svg.essence),
            ])
    }

    /// A service's Atom and RSS feeds, for its page's block and its `<head>`.
    func serviceFeeds(_ key: ServiceKey, name: String) -> [FileLinkView] {
        [
            FileLinkView(
                href: links.href(routes.serviceAtomFeed(key)),
                text: PageText.serviceFeed(PageText.atomFeed, service: name, in: language), mediaType: MediaType.atom.essence),
            FileLinkView(
                href: links.href(routes.serviceRSSFeed(key)),
                text: PageText.serviceFeed(PageText.rssFeed, service: name, in: language), mediaType: MediaType.rss.essence),
        ]
    }
}
