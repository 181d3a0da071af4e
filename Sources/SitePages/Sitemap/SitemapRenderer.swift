import Foundation
import IncidentModel
import OutputEncoding
import SiteContent

/// `sitemap.xml` (sitemaps.org 0.9): every HTML page in every language, each with its
/// translations as `xhtml:link` alternates. Past 1,000 URLs, `sitemap.xml` becomes an
/// index of `sitemap-1.xml`, `sitemap-2.xml`, … of at most that many each (the protocol
/// allows 50,000): an update changes its page's `lastmod`, and `storingen serve` then
/// makes one part of about half a megabyte again rather than the 15 MB sitemap of
/// 10,000 incidents, which took 80 ms of a save (parts of 5,000 URLs, 2.7 MB, still
/// took a fifth of one).
enum SitemapRenderer {
    static let namespace = "http://www.sitemaps.org/schemas/sitemap/0.9"
    static let xhtmlNamespace = "http://www.w3.org/1999/xhtml"
    /// URLs in one file before the sitemap is split into parts.
    static let urlsPerFile = 1_000

    /// One `<url>`: the page in one language, with every translation (itself
    /// included) and `x-default` (the default language) as `xhtml:link` alternates,
    /// as search engines ask and as the pages' own `<link rel="alternate">` say.
    struct URLEntry {
        var location: String
        var lastModified: String?
        /// (language, URL) of each translation; empty for a site in one language.
        var alternates: [(language: String, url: String)]
    }

    /// How many pages (each in every language) one file lists.
    static func pagesPerFile(_ snapshot: SiteSnapshot, urlsPerFile: Int) -> Int {
        max(1, urlsPerFile / max(1, snapshot.routes.count))
    }

    /// How many files `render` writes of `pageCount` pages: one, or an index and its
    /// parts. It takes the count, since listing a large site's pages is costly and the
    /// plan knows it before the sitemap is made.
    static func fileCount(pageCount: Int, _ snapshot: SiteSnapshot, urlsPerFile: Int = urlsPerFile) -> Int {
        let perFile = pagesPerFile(snapshot, urlsPerFile: urlsPerFile)
        return pageCount > perFile ? 1 + (pageCount + perFile - 1) / perFile : 1
    }

    /// The sitemap files; `urlsPerFile` is lowered only by tests.
    static func render(_ snapshot: SiteSnapshot, urlsPerFile: Int = urlsPerFile) -> [OutputFile] {
        render(snapshot, pages: pages(snapshot), urlsPerFile: urlsPerFile)
    }

    /// The sitemap files of `pages`; with `cache`, a file whose pages did not change is
    /// not made again.
    static func render(
        _ snapshot: SiteSnapshot, pages: [Page], urlsPerFile: Int = urlsPerFile, cache: OutputCache? = nil
    ) -> [OutputFile] {
        let multilingual = snapshot.routes.count > 1
        func urlset(_ path: String, _ pages: ArraySlice<Page>) -> OutputFile {
            let make = { () -> Data in
                // A part made again (an update changed a page's `lastmod`) keeps each page's
                // entries for the next time; one made for the first time keeps none, so a
                // first build does not hold a copy of a sitemap of megabytes.
                let kept = cache.flatMap { $0.hasMade(path) ? $0.parts(Page.self, [UInt8].self) : nil }
                return Self.urlset(pages, snapshot: snapshot, multilingual: multilingual, kept: kept)
            }
            return cache?.file(path, .xml, inputs: Array(pages), make: make) ?? OutputFile(path: path, mediaType: .xml, contents: make())
        }
        let perFile = pagesPerFile(snapshot, urlsPerFile: urlsPerFile)
        guard pages.count > perFile else { return [urlset("sitemap.xml", pages[...])] }
        let parts = stride(from: 0, to: pages.count, by: perFile).map { pages[$0..<min($0 + perFile, pages.count)] }
        // A part was last modified when its newest page was; one without dates, when the site was.
        let lastModified = parts.map { part in part.compactMap(\.lastModified).max() ?? snapshot.changes.last }
        let makeIndex = {
            var xml = XMLWriter()
            xml.start("sitemapindex", ["xmlns": namespace])
            for number in parts.indices {
                xml.start("sitemap")
                xml.element("loc", text: snapshot.absoluteURL("sitemap-\(number + 1).xml"))
                xml.element("lastmod", text: RFC3339.string(from: lastModified[number]))
                xml.end()
            }
            xml.end()
            return [OutputFile(path: "sitemap.xml", mediaType: .xml, contents: xml.finishedData())]
        }
        let index = cache?.files("sitemap.xml", inputs: lastModified, make: makeIndex) ?? makeIndex()
        return index + parts.enumerated().map { number, part in urlset("sitemap-\(number + 1).xml", part) }
    }

    /// A page as the sitemap lists it: its route in every language and when it last changed.
    struct Page: Hashable, Sendable {
        var routes: [String]
        var lastModified: Date?
    }

    /// Every page that exists in every language, in site order, with when it last changed
    /// where known (each kind says which dates count).
    static func pages(_ snapshot: SiteSnapshot) -> [Page] {
        pages(of: PageKinds.pages(in: snapshot), snapshot)
    }

    /// The sitemap's pages among `kinds` (`PageKinds.pages(in:)` of the snapshot).
    /// Listed at every save of `serve` (27,000 pages at 10,000 incidents): the languages'
    /// routes are made once, not per page.
    static func pages(of kinds: [any PageKind], _ snapshot: SiteSnapshot) -> [Page] {
        let changes = snapshot.changes
        let routes = snapshot.routes
        return kinds.compactMap { page in entry(page, snapshot: snapshot, routes: routes, changes: changes) }
    }

    private static func entry<Kind: PageKind>(
        _ page: Kind, snapshot: SiteSnapshot, routes: [SiteRoutes], changes: SiteChanges
    ) -> Page? {
        guard Kind.isTranslated else { return nil }
        return Page(routes: routes.map { page.route(in: $0, of: snapshot) }, lastModified: page.lastModified(in: snapshot, changes))
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

    /// A part's `<urlset>`: each page's entries, from `kept` where it has them.
    private static func urlset(
        _ pages: ArraySlice<Page>, snapshot: SiteSnapshot, multilingual: Bool, kept: PartCache<Page, [UInt8]>?
    ) -> Data {
        let written = pages.map { page in
            kept?.part(page) { entries(of: page, snapshot: snapshot) } ?? entries(of: page, snapshot: snapshot)
        }
        var xml = XMLWriter(capacity: 256 + written.reduce(0) { $0 + $1.count })
        if multilingual {
            xml.start("urlset", ["xmlns": namespace, "xmlns:xhtml": xhtmlNamespace])
        } else {
            xml.start("urlset", ["xmlns": namespace])
        }
        for entries in written { xml.append(fragment: entries) }
        xml.end()
        return xml.finishedData()
    }

    /// A page's `<url>` elements, one per language, as they stand inside `<urlset>`.
    private static func entries(of page: Page, snapshot: SiteSnapshot) -> [UInt8] {
        var xml = XMLWriter(fragmentInside: ["urlset"])
        for entry in urlEntries(page, snapshot: snapshot) {
            xml.start("url")
            xml.element("loc", text: entry.location)
            if let lastModified = entry.lastModified { xml.element("lastmod", text: lastModified) }
            for alternate in entry.alternates {
                xml.element("xhtml:link", ["rel": "alternate", "hreflang": alternate.language, "href": alternate.url])
            }
            xml.end()
        }
        return xml.fragment
    }
}
