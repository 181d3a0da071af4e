import Foundation
import IncidentModel
import SiteContent
import Testing

@testable import SitePages

/// The "Volgen" block: on the front page the site's feeds, maintenance calendar, badge
/// and API; on each service page that service's own feeds and badge; every link in the
/// page's language, and a service page announces its own feeds in `<head>`.
@Suite struct SubscribeBlockTests {
    /// The site paths the block of the page at `path` links to, in order; nil without a block.
    static func blockLinks(_ html: String, onPage path: String) -> [String]? {
        guard let start = html.range(of: "<section class=\"subscribe\""),
              let end = html.range(of: "</section>", range: start.upperBound..<html.endIndex)
        else { return nil }
        let block = String(html[start.lowerBound..<end.upperBound])
        return HTMLTag.scan(block).filter { $0.name == "a" }.compactMap { tag in
            tag.attribute("href").flatMap { SiteHref.sitePath(of: $0, onPage: path) }
        }
    }

    static func rendered() throws -> (snapshot: SiteSnapshot, texts: [String: String]) {
        let snapshot = FixtureSite.snapshot(try FixtureSite.incidents())
        let (files, diagnostics) = SitePages.render(snapshot, themeDirectory: nil)
        #expect(diagnostics.isEmpty)
        return (snapshot, FixtureSite.texts(of: files))
    }

    @Test(arguments: ["", "en/"])
    func frontPageLinksTheSitesFilesInItsLanguage(prefix: String) throws {
        let (_, texts) = try Self.rendered()
        let path = prefix + "index.html"
        let html = try #require(texts[path])
        #expect(Self.blockLinks(html, onPage: path) == [
            "/\(prefix)feed.atom", "/\(prefix)feed.rss", "/\(prefix)maintenance.ics", "/\(prefix)badge.svg", "/api/v2/summary.json",
        ])
        #expect(html.contains(prefix.isEmpty ? "<h2 id=\"subscribe-heading\">Volgen</h2>" : "<h2 id=\"subscribe-heading\">Subscribe</h2>"))
        #expect(html.contains("type=\"text/calendar\""))
    }

    @Test(arguments: ["", "en/"])
    func everyServicePageLinksItsOwnFeedsInItsLanguage(prefix: String) throws {
        let (snapshot, texts) = try Self.rendered()
        for service in snapshot.configuration.catalogue.services {
            let folder = "\(prefix)services/\(service.key)/"
            let path = folder + "index.html"
            let html = try #require(texts[path], "\(path)")
            #expect(Self.blockLinks(html, onPage: path) == [
                "/\(folder)feed.atom", "/\(folder)feed.rss", "/\(prefix)maintenance.ics", "/\(folder)badge.svg",
            ], "\(path)")
            // The head keeps the site's feeds and adds the service's own.
            let heads = HTMLTag.scan(html).filter { $0.name == "link" && $0.attribute("rel") == "alternate" && $0.attribute("type") != nil }
            #expect(heads.compactMap { $0.attribute("href").flatMap { SiteHref.sitePath(of: $0, onPage: path) } } == [
                "/\(prefix)feed.atom", "/\(prefix)feed.rss", "/\(folder)feed.atom", "/\(folder)feed.rss",
            ], "\(path)")
            let name = service.name[prefix.isEmpty ? .nl : .en]
            #expect(html.contains(prefix.isEmpty ? "Volg alleen \(name):" : "Follow \(name) only:"), "\(path)")
        }
    }

    @Test func otherPagesHaveNoBlock() throws {
        let (_, texts) = try Self.rendered()
        for (path, html) in texts where path.hasSuffix(".html") {
            let isHome = path == "index.html" || path == "en/index.html"
            let isService = path.split(separator: "/").count == (path.hasPrefix("en/") ? 4 : 3) && path.contains("services/")
            #expect((Self.blockLinks(html, onPage: path) != nil) == (isHome || isService), "\(path)")
        }
    }

    @Test func templatesSeeTheBlocksFields() throws {
        let (snapshot, _) = try Self.rendered()
        let builder = PageBuilder(snapshot: snapshot, dayBars: ServiceDayBars(snapshot), routes: snapshot.routes[1])
            .linking(fromPage: "en/services/orders/")
        let page = builder.service(at: 0)
        let subscribe = try #require(page.child(named: "subscribe") as? SubscribeView)
        #expect(subscribe.child(named: "subscribeHeading") as? String == "Subscribe")
        let links = try #require(subscribe.child(named: "subscribeLinks") as? [FileLinkView])
        #expect(links.first?.child(named: "href") as? String == "feed.atom")
        #expect(links.first?.child(named: "mediaType") as? String == "application/atom+xml")
        #expect(links.first?.child(named: "text") as? String == "Orders Atom feed")
        #expect((subscribe.child(named: "html") as? String)?.hasPrefix("<section class=\"subscribe\"") == true)
        #expect((page.child(named: "pageFeeds") as? [FileLinkView])?.map(\.href) == ["feed.atom", "feed.rss"])
        let home = PageBuilder(snapshot: snapshot, dayBars: ServiceDayBars(snapshot), routes: snapshot.routes[0]).home()
        #expect((home.child(named: "subscribe") as? SubscribeView)?.links.last?.href == "api/v2/summary.json")
    }

    @Test func anOverrideTemplateCanPlaceTheBlockOrSpellItOut() throws {
        let folder = try ThemeOverrideTests.ThemeFolder([
            "home.mustache": "<h1>{{heading}}</h1>\n{{#subscribe}}{{{html}}}{{/subscribe}}",
            "service.mustache": "<h1>{{heading}}</h1>\n{{#subscribe}}<h2>{{subscribeHeading}}</h2><p>{{subscribeIntro}}</p>"
                + "<ul>{{#subscribeLinks}}<li><a href=\"{{href}}\" type=\"{{mediaType}}\">{{text}}</a></li>{{/subscribeLinks}}</ul>{{/subscribe}}",
        ])
        let snapshot = FixtureSite.snapshot(try FixtureSite.incidents())
        let (files, diagnostics) = SitePages.render(snapshot, themeDirectory: folder.url)
        #expect(diagnostics.isEmpty)
        let texts = FixtureSite.texts(of: files)
        #expect(Self.blockLinks(try #require(texts["index.html"]), onPage: "index.html")?.count == 5)
        let service = try #require(texts["en/services/orders/index.html"])
        #expect(service.contains("<h2>Subscribe</h2><p>Follow Orders only: "))
        #expect(service.contains("<li><a href=\"feed.atom\" type=\"application/atom+xml\">Orders Atom feed</a></li>"))
        #expect(service.contains("<li><a href=\"../../maintenance.ics\" type=\"text/calendar\">"))
    }
}
