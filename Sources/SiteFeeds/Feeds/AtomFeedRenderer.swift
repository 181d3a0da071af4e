import Foundation
import IncidentModel
import OutputEncoding

/// A feed channel as Atom 1.0 (RFC 4287): `feed.atom` of the site or of one service, an
/// entry per incident, updated with each update, whose content is the timeline as
/// escaped HTML.
enum AtomFeedRenderer {
    static let namespace = "http://www.w3.org/2005/Atom"

    /// The channel and its entries (most recently updated first).
    static func render(_ channel: FeedChannel) -> Data {
        var xml = XMLWriter()
        xml.start("feed", ["xmlns": namespace, "xml:lang": channel.language.rawValue])
        xml.element("id", text: channel.atomURL)
        xml.element("title", text: channel.title)
        xml.element("subtitle", text: channel.description)
        xml.element("updated", text: RFC3339.string(from: channel.updated))
        xml.element("link", ["rel": "self", "type": MediaType.atom.essence, "href": channel.atomURL])
        xml.element("link", ["rel": "alternate", "type": MediaType.html.essence, "href": channel.pageURL])
        // RFC 4287 requires an author on the feed unless every entry has one.
        xml.start("author")
        xml.element("name", text: channel.authorName)
        xml.element("uri", text: channel.authorURL)
        xml.end()
        xml.element("generator", text: "storingen")
        for entry in channel.entries {
            xml.start("entry")
            xml.element("id", text: entry.url)
            xml.element("title", text: entry.title)
            xml.element("updated", text: RFC3339.string(from: entry.updated))
            xml.element("published", text: RFC3339.string(from: entry.published))
            xml.element("link", ["rel": "alternate", "type": MediaType.html.essence, "href": entry.url])
            for category in entry.categories {
                xml.element("category", ["term": category.key, "label": category.name])
            }
            xml.element("content", ["type": "html"], text: entry.html)
            xml.end()
        }
        xml.end()
        return xml.finishedData()
    }
}
