import Foundation
import IncidentModel
import OutputEncoding

/// A feed channel as RSS 2.0 (`feed.rss` of the site or of one service), with the same
/// entries as its Atom feed. An item's `pubDate` is its latest update, so readers that
/// sort by date show an incident again when it changes.
enum RSSFeedRenderer {
    /// The channel and its entries (most recently updated first).
    static func render(_ channel: FeedChannel) -> Data {
        var xml = XMLWriter()
        xml.start("rss", ["version": "2.0", "xmlns:atom": AtomFeedRenderer.namespace])
        xml.start("channel")
        xml.element("title", text: channel.title)
        xml.element("link", text: channel.pageURL)
        xml.element("description", text: channel.description)
        xml.element("language", text: channel.language.rawValue)
        xml.element("lastBuildDate", text: RFC822.string(from: channel.updated))
        xml.element("generator", text: "storingen")
        xml.element("atom:link", ["href": channel.rssURL, "rel": "self", "type": MediaType.rss.essence])
        for entry in channel.entries {
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
        return xml.finishedData()
    }
}
