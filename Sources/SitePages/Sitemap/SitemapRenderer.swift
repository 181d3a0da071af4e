import Foundation
import IncidentModel
import OutputEncoding
import SiteContent

/// `sitemap.xml` (sitemaps.org 0.9): every HTML page in every language, each with its
/// translations as `xhtml:link` alternates. Past the protocol's 50,000 URLs per file,
/// `sitemap.xml` becomes an index of `sitemap-1.xml`, `sitemap-2.xml`, ….
enum SitemapRenderer {
    static let namespace = "http://www.sitemaps.org/schemas/sitemap/0.9"
    static let xhtmlNamespace = "http://www.w3.org/1999/xhtml"
    /// The sitemap protocol's limit of URLs in one file.
    static let maximumURLsPerFile = 50_000

    /// One `<url>`: the page in one language, with every translation (itself
    /// included) and `x-default` (the default language) as `xhtml:link` alternates,
    /// as search engines ask and as the pages' own `<link rel="alternate">` say.
    struct URLEntry {
        var location: String
        var lastModified: String?
        /// (language, URL) of each translation; empty for a site in one language.
        var alternates: [(language: String, url: String)]
    }

    /// How many files `render` writes of `pageCount` pages: one, or past `urlsPerFile`
    /// URLs an index and its parts. It takes the count, since listing a large site's pages
    /// is costly and the plan knows it before the sitemap is made.
    static func fileCount(pageCount: Int, _ snapshot: SiteSnapshot, urlsPerFile: Int = maximumURLsPerFile) -> Int {
        let urls = pageCount * snapshot.routes.count
        return urls > urlsPerFile ? 1 + (urls + urlsPerFile - 1) / urlsPerFile : 1
    }

    /// The sitemap files; `urlsPerFile` is lowered only by tests.
    static func render(_ snapshot: SiteSnapshot, urlsPerFile: Int = maximumURLsPerFile) -> [OutputFile] {
        render(snapshot, pages: pages(snapshot), urlsPerFile: urlsPerFile)
    }

    static func render(_ snapshot: SiteSnapshot, pages: [Page], urlsPerFile: Int = maximumURLsPerFile) -> [OutputFile] {
        let entries = pages.flatMap { urlEntries($0, snapshot: snapshot) }
        let multilingual = snapshot.routes.count > 1
        guard entries.count > urlsPerFile else {
            return [OutputFile(path: "sitemap.xml", mediaType: .xml, contents: urlset(entries[...], multilingual: multilingual))]
        }
        let lastChange = snapshot.changes.last
        var files: [OutputFile] = []
        var xml = XMLWriter()
        xml.start("sitemapindex", ["xmlns": namespace])
        for (offset, start) in stride(from: 0, to: entries.count, by: urlsPerFile).enumerated() {
            let path = "sitemap-\(offset + 1).xml"
            files.append(OutputFile(
                path: path, mediaType: .xml, contents: urlset(entries[start..<min(start + urlsPerFile, entries.count)], multilingual: multilingual)))
            xml.start("sitemap")
            xml.element("loc", text: snapshot.absoluteURL(path))
            xml.element("lastmod", text: RFC3339.string(from: lastChange))
            xml.end()
        }
        xml.end()
        return [OutputFile(path: "sitemap.xml", mediaType: .xml, contents: xml.finishedData())] + files
    }

    /// A page as the sitemap lists it: its route in every language and when it last changed.
    struct Page: Equatable, Sendable {
        var routes: [String]
        var lastModified: Date?
    }

    /// Every page that exists in every language, in site order, with when it last changed
    /// where known (each kind says which dates count).
    static func pages(_ snapshot: SiteSnapshot) -> [Page] {
        pages(of: PageKinds.pages(in: snapshot), snapshot)
    }

    /// The sitemap's pages among `kinds` (`PageKinds.pages(in:)` of the snapshot).
    static func pages(of kinds: [any PageKind], _ snapshot: SiteSnapshot) -> [Page] {
        let changes = snapshot.changes
        return kinds.compactMap { page in entry(page, snapshot: snapshot, changes: changes) }
    }

    private static func entry<Kind: PageKind>(_ page: Kind, snapshot: SiteSnapshot, changes: SiteChanges) -> Page? {
        guard Kind.isTranslated else { return nil }
        return Page(routes: snapshot.routes.map { page.route(in: $0, of: snapshot) }, lastModified: page.lastModified(in: snapshot, changes))
    }

    /// The page in each language, each URL computed once.
    private static func urlEntries(_ page: Page, snapshot: SiteSnapshot) -> [URLEntry] {
        let translations = zip(snapshot.routes, page.routes).map { (language: $0.language.rawValue, url: snapshot.absoluteURL($1)) }
        let lastmod = page.lastModified.map { RFC3339.string(from: $0) }
        let alternates = translations.count > 1 ? translations + [(language: "x-default", url: translations[0].url)] : []
        return translations.map { translation in
            URLEntry(location: translation.url, lastModified: lastmod, alternates: alternates)
        }
    }

    private static func urlset(_ entries: ArraySlice<URLEntry>, multilingual: Bool) -> Data {
        var xml = XMLWriter(capacity: estimatedSize(entries))
        if multilingual {
            xml.start("urlset", ["xmlns": namespace, "xmlns:xhtml": xhtmlNamespace])
        } else {
            xml.start("urlset", ["xmlns": namespace])
        }
        for entry in entries {
            xml.start("url")
            xml.element("loc", text: entry.location)
            if let lastModified = entry.lastModified { xml.element("lastmod", text: lastModified) }
            for alternate in entry.alternates {
                xml.element("xhtml:link", ["rel": "alternate", "hreflang": alternate.language, "href": alternate.url])
            }
            xml.end()
        }
        xml.end()
        return xml.finishedData()
    }

    /// About the bytes `urlset` writes (the URLs, plus the markup around each), so that
    /// the 15 MB sitemap of 10,000 incidents is written into one buffer.
    private static func estimatedSize(_ entries: ArraySlice<URLEntry>) -> Int {
        let markup = (url: 40, lastModified: 50, alternate: 60)
        return 256 + entries.reduce(0) { size, entry in
            size + markup.url + entry.location.utf8.count + (entry.lastModified == nil ? 0 : markup.lastModified)
                + entry.alternates.reduce(0) { $0 + markup.alternate + $1.url.utf8.count }
        }
    }
}
