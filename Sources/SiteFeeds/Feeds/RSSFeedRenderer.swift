import Foundation
import IncidentModel
import SiteConfig
import SiteContent

/// `feed.rss` of one language as RSS 2.0, with the same entries as the Atom feed. An
/// item's `pubDate` is its latest update, so readers that sort by date show an incident
/// again when it changes.
enum RSSFeedRenderer {
    /// The feed of `entries` (most recently updated first) in the language of `routes`.
    static func render(_ entries: [FeedEntry], index: FeedIndex, routes: SiteRoutes) -> String {
        let snapshot = index.snapshot
        let configuration = snapshot.configuration
        let language = routes.language
        var xml = XMLWriter()
        xml.start("rss", ["version": "2.0", "xmlns:atom": AtomFeedRenderer.namespace])
        xml.start("channel")
        xml.element("title", text: configuration.title[language])
        xml.element("link", text: snapshot.absoluteURL(routes.home))
        xml.element("description", text: configuration.description[language])
        xml.element("language", text: language.rawValue)
        // The newest entry, not the build time, so that the same input gives the same bytes.
        xml.element("lastBuildDate", text: RFC822.string(from: entries.first?.updated ?? index.lastChange))
        xml.element("generator", text: "storingen")
        xml.element("atom:link", ["href": snapshot.absoluteURL(routes.rssFeed), "rel": "self", "type": "application/rss+xml"])
        for entry in entries {
            xml.start("item")
            xml.element("title", text: entry.title)
            xml.element("link", text: entry.url)
            xml.element("guid", ["isPermaLink": "true"], text: entry.url)
            xml.element("pubDate", text: RFC822.string(from: entry.updated))
            for category in entry.categories {
                xml.element("category", text: category.name)
            }
            xml.element("description", text: entry.html)
            xml.end()
        }
        xml.end()
        xml.end()
        return xml.finish()
    }
}
