import Foundation
import IncidentModel
import OutputEncoding
import SiteConfig
import SiteContent
import Testing

@testable import SitePages

/// The rendered site as a whole: every page where it belongs, every internal link
/// pointing at a rendered file, pagination that covers every incident once.
@Suite struct SiteStructureTests {
    /// Files that other stages (feeds, JSON API, iCalendar) write next to the pages.
    static func writtenElsewhere(_ snapshot: SiteSnapshot) -> Set<String> {
        var paths: Set<String> = [SiteRoutes.excusedJSON, SiteRoutes.normsJSON, SiteRoutes.statuspageSummary]
        for routes in snapshot.routes {
            paths.insert(routes.atomFeed)
            paths.insert(routes.rssFeed)
            paths.insert(routes.maintenanceCalendar)
            for service in snapshot.configuration.catalogue.services {
                paths.insert(routes.serviceAtomFeed(service.key))
                paths.insert(routes.serviceRSSFeed(service.key))
            }
            for norm in snapshot.configuration.catalogue.norms {
                paths.insert(routes.calendar(norm.key))
                paths.insert(routes.normAtomFeed(norm.key))
                paths.insert(routes.normRSSFeed(norm.key))
            }
        }
        return paths
    }

    static func checkLinks(of files: [OutputFile], snapshot: SiteSnapshot) {
        let rendered = Set(files.map(\.path)).union(writtenElsewhere(snapshot))
        for (path, html) in FixtureSite.texts(of: files) where path.hasSuffix(".html") {
            for tag in HTMLTag.scan(html) where tag.name == "a" || tag.name == "link" {
                guard let href = tag.attribute("href"), let target = SiteHref.sitePath(of: href, onPage: path) else { continue }
                #expect(!href.hasPrefix("//"), "\(path): protocol-relative \(href)")
                #expect(path == "404.html" || !href.hasPrefix("/"), "\(path): \(href) is not relative to the page")
                #expect(rendered.contains(SiteRoutes.file(for: String(target.dropFirst()))), "\(path) links to \(href), which is not rendered")
            }
        }
    }

    @Test func everyInternalLinkPointsAtARenderedFile() throws {
        let snapshot = FixtureSite.snapshot(try FixtureSite.incidents())
        let (files, _) = SitePages.render(snapshot, themeDirectory: nil)
        Self.checkLinks(of: files, snapshot: snapshot)
        try FixtureSite.dumpIfRequested(files, name: "fixtures")
    }

    @Test func linksHoldForALargerCorpusAndOddFileNames() throws {
        var incidents = try SyntheticCorpus.incidents(count: 120)
        incidents[5].id = IncidentID("met spatie & \"quote\"")
        let snapshot = FixtureSite.snapshot(incidents)
        let (files, _) = SitePages.render(snapshot, themeDirectory: nil)
        #expect(files.contains { $0.path == "incidents/met spatie & \"quote\"/index.html" })
        Self.checkLinks(of: files, snapshot: snapshot)
        try FixtureSite.dumpIfRequested(files, name: "synthetic")
    }

    @Test func everyPageOfEveryLanguageIsRenderedOnce() throws {
        let snapshot = FixtureSite.snapshot(try FixtureSite.incidents())
        let (files, _) = SitePages.render(snapshot, themeDirectory: nil)
        let paths = files.map(\.path)
        #expect(Set(paths).count == paths.count, "no path is rendered twice")
        for prefix in ["", "en/"] {
            for page in ["index.html", "archive/index.html", "archive/page/2/index.html", "archive/page/3/index.html",
                         "services/index.html", "norms/index.html"] {
                #expect(paths.contains(prefix + page), "\(prefix + page)")
            }
            for incident in snapshot.incidents {
                #expect(paths.contains("\(prefix)incidents/\(incident.id)/index.html"))
            }
            for service in snapshot.configuration.catalogue.services {
                #expect(paths.contains("\(prefix)services/\(service.key)/index.html"))
                #expect(paths.contains("\(prefix)services/\(service.key)/badge.svg"))
            }
            for norm in snapshot.configuration.catalogue.norms {
                #expect(paths.contains("\(prefix)norms/\(norm.key)/index.html"))
            }
            for page in ["services/orders/2023/index.html", "services/phone/2023/index.html", "norms/on-time-delivery/2023/index.html",
                         "norms/on-time-delivery/2023-W50/index.html", "norms/on-time-delivery/2023-W51/index.html",
                         "norms/returns/2023-12/index.html", "badge.svg"] {
                #expect(paths.contains(prefix + page), "\(prefix + page)")
            }
        }
        #expect(!paths.contains("archive/page/4/index.html"))
        #expect(!paths.contains("archive/page/1/index.html"))
        #expect(paths.filter { $0.hasSuffix("404.html") } == ["404.html"])
        #expect(!paths.contains("services/orders/2022/index.html"), "no page for a year without incidents")
        #expect(paths.suffix(2) == ["favicon.svg", "style.css"])
        for prefix in ["", "en/"] {
            #expect(paths.contains(prefix + "embed/banner.html") && paths.contains(prefix + "embed/orders/banner.html"))
        }
        #expect(paths.contains("embed/storingen-banner.js"))
        // 2 languages × the translated pages, the 404 page, 2 × (site badge + 9 service badges),
        // 2 × (site banner + 9 service banners), the web component, the sitemap, 2 assets
        let pages = PageKinds.pages(in: snapshot).filter { type(of: $0).isTranslated }.count
        #expect(paths.count == 2 * pages + 1 + 2 * 10 + 2 * 10 + 1 + 1 + 2)
        #expect(pages > 1 + 3 + 5 + 1 + 9 + 1, "years, norms and periods have pages of their own")
    }

    @Test func everyPageHasTheCommonFrame() throws {
        let snapshot = FixtureSite.snapshot(try FixtureSite.incidents())
        let (files, _) = SitePages.render(snapshot, themeDirectory: nil)
        for (path, html) in FixtureSite.texts(of: files) where path.hasSuffix(".html") && !FixtureSite.isBanner(path) {
            let lang = path.hasPrefix("en/") ? "en" : "nl"
            #expect(html.hasPrefix("<!doctype html>\n<html lang=\"\(lang)\">\n"), "\(path)")
            let tags = HTMLTag.scan(html)
            func has(_ name: String, _ attributes: [String: String]) -> Bool {
                tags.contains { tag in
                    tag.name == name && attributes.allSatisfy { key, value in
                        let actual = tag.attribute(key)
                        guard key == "href", value.hasPrefix("/"), let actual else { return actual == value }
                        return SiteHref.sitePath(of: actual, onPage: path) == value
                    }
                }
            }
            #expect(has("meta", ["charset": "utf-8"]), "\(path)")
            #expect(has("meta", ["name": "viewport"]), "\(path)")
            #expect(tags.contains { $0.name == "title" }, "\(path)")
            #expect(has("link", ["rel": "alternate", "type": "application/atom+xml", "href": lang == "en" ? "/en/feed.atom" : "/feed.atom"]), "\(path)")
            #expect(has("link", ["rel": "canonical", "href": "https://storingen.example/" + path.replacingOccurrences(of: "index.html", with: "")]), "\(path)")
            #expect(has("a", ["class": "skip-link", "href": "#main"]), "\(path)")
            #expect(has("main", ["id": "main"]), "\(path)")
            #expect(has("nav", ["class": "site-nav"]), "\(path)")
            #expect(tags.contains { $0.name == "footer" }, "\(path)")
            #expect(tags.filter { $0.name == "script" }.count == 1 && html.contains(Freshness.script), "\(path): only the freshness check")
            if path != "404.html" {
                #expect(has("link", ["rel": "alternate", "hreflang": "nl"]) && has("link", ["rel": "alternate", "hreflang": "en"]), "\(path)")
                #expect(has("a", ["hreflang": lang == "en" ? "nl" : "en"]), "\(path): language switch")
            } else {
                #expect(has("a", ["href": "/en/", "lang": "en"]), "404 links to the English home page")
            }
        }
    }

    @Test func archivePagesCoverEveryIncidentOnceNewestFirst() throws {
        let incidents = try SyntheticCorpus.incidents(count: 23)
        var configuration = FixtureSite.configuration
        configuration.archivePageSize = 5
        let snapshot = FixtureSite.snapshot(incidents, configuration: configuration)
        let texts = FixtureSite.texts(of: SitePages.render(snapshot, themeDirectory: nil).files)
        var listed: [String] = []
        for page in 1...5 {
            let path = page == 1 ? "archive/index.html" : "archive/page/\(page)/index.html"
            let html = try #require(texts[path], "\(path)")
            let tags = HTMLTag.scan(html)
            let rows = tags.filter { $0.attribute("class") == "row-title" }.compactMap { tag in
                tag.attribute("href").flatMap { SiteHref.sitePath(of: $0, onPage: path) }
            }
            #expect(rows.count == (page < 5 ? 5 : 3), "\(path)")
            listed += rows
            let prev = tags.first { $0.name == "link" && $0.attribute("rel") == "prev" }?.attribute("href")
                .flatMap { SiteHref.sitePath(of: $0, onPage: path) }
            let next = tags.first { $0.name == "link" && $0.attribute("rel") == "next" }?.attribute("href")
                .flatMap { SiteHref.sitePath(of: $0, onPage: path) }
            #expect(prev == (page == 1 ? nil : page == 2 ? "/archive/" : "/archive/page/\(page - 1)/"), "\(path)")
            #expect(next == (page == 5 ? nil : "/archive/page/\(page + 1)/"), "\(path)")
            #expect(tags.contains { $0.name == "a" && $0.attribute("rel") == "next" } == (page < 5), "\(path)")
            #expect(html.contains("Pagina \(page) van 5"), "\(path)")
        }
        #expect(texts["archive/page/6/index.html"] == nil)
        #expect(listed == snapshot.incidents.map { "/incidents/\($0.id)/" })
    }

    @Test func emptyCorpusStillGivesEveryPage() throws {
        let snapshot = FixtureSite.snapshot([])
        let (files, diagnostics) = SitePages.render(snapshot, themeDirectory: nil)
        #expect(diagnostics.isEmpty)
        let texts = FixtureSite.texts(of: files)
        #expect(texts["index.html"]?.contains("Er zijn op dit moment geen storingen.") == true)
        #expect(texts["archive/index.html"]?.contains("Er zijn nog geen storingen gemeld.") == true)
        #expect(texts["archive/page/2/index.html"] == nil)
        Self.checkLinks(of: files, snapshot: snapshot)
    }

    @Test func singleLanguageSiteHasNoLanguageSwitch() throws {
        var configuration = FixtureSite.configuration
        configuration.languages = [.en]
        let snapshot = FixtureSite.snapshot(try FixtureSite.incidents(), configuration: configuration)
        let (files, _) = SitePages.render(snapshot, themeDirectory: nil)
        let texts = FixtureSite.texts(of: files)
        #expect(!files.contains { $0.path.hasPrefix("en/") })
        let home = try #require(texts["index.html"])
        #expect(home.contains("<html lang=\"en\">"))
        #expect(!home.contains("language-nav"))
        Self.checkLinks(of: files, snapshot: snapshot)
    }
}
