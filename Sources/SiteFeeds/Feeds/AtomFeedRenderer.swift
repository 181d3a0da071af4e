import Foundation
import IncidentModel
import SiteConfig
import SiteContent

/// `feed.atom` of one language as Atom 1.0 (RFC 4287): an entry per incident, updated
/// with each update, whose content is the timeline as escaped HTML.
enum AtomFeedRenderer {
    static let namespace = "http://www.w3.org/2005/Atom"

    /// The feed of `entries` (most recently updated first) in the language of `routes`.
    static func render(_ entries: [FeedEntry], index: FeedIndex, routes: SiteRoutes) -> String {
        let snapshot = index.snapshot
        let configuration = snapshot.configuration
        let language = routes.language
        let home = snapshot.absoluteURL(routes.home)
        let feedURL = snapshot.absoluteURL(routes.atomFeed)
        var xml = XMLWriter()
        xml.start("feed", ["xmlns": namespace, "xml:lang": language.rawValue])
        xml.element("id", text: feedURL)
        xml.element("title", text: configuration.title[language])
        xml.element("subtitle", text: configuration.description[language])
        // The newest entry, not the build time, so that the same input gives the same bytes.
        xml.element("updated", text: RFC3339.string(from: entries.first?.updated ?? index.lastChange))
        xml.element("link", ["rel": "self", "type": "application/atom+xml", "href": feedURL])
        xml.element("link", ["rel": "alternate", "type": "text/html", "href": home])
        // RFC 4287 requires an author on the feed unless every entry has one.
        xml.start("author")
        xml.element("name", text: configuration.title[language])
        xml.element("uri", text: home)
        xml.end()
        xml.element("generator", text: "storingen")
        for entry in entries {
            xml.start("entry")
            xml.element("id", text: entry.url)
            xml.element("title", text: entry.title)
            xml.element("updated", text: RFC3339.string(from: entry.updated))
            xml.element("published", text: RFC3339.string(from: entry.published))
            xml.element("link", ["rel": "alternate", "type": "text/html", "href": entry.url])
            for category in entry.categories {
                xml.element("category", ["term": category.key, "label": category.name])
            }
            xml.element("content", ["type": "html"], text: entry.html)
            xml.end()
        }
        xml.end()
        return xml.finish()
    }
}
