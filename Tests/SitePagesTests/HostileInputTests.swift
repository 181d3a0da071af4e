import Foundation
import IncidentModel
import SiteContent
import Testing

@testable import SitePages

/// Whatever an incident file says, it reaches the pages as text: no script, no event
/// handler, no `javascript:` link, in any page.
@Suite struct HostileInputTests {
    static let hostile = """
        ---
        title: "<script>alert(1)</script>"
        services: [orders]
        impact: major
        ---

        Samenvatting met <script>alert(2)</script> erin.

        ## 19-12-2023 09:00 — Opgelost

        "><img src=x onerror=alert(1)>

        Klik [x](javascript:alert(1)) of [y](JAVASCRIPT:alert(1)) of <a href="javascript:alert(1)">z</a>.

        ## 18-12-2023 09:30 — Onderzoek

        <iframe src="https://evil.example/"></iframe><style>body{display:none}</style>
        """

    static let allowedTags: Set<String> = [
        "html", "head", "meta", "title", "link", "body", "a", "header", "p", "nav", "ul", "ol", "li", "main",
        "section", "article", "h1", "h2", "h3", "h4", "h5", "h6", "span", "time", "div", "strong", "em", "dl", "dt",
        "dd", "table", "thead", "tbody", "tr", "th", "td", "footer", "code", "pre", "blockquote", "hr", "br",
    ]

    @Test func hostileIncidentAppearsOnlyAsText() throws {
        let incident = try FixtureSite.parse(Self.hostile, path: "incidents/2023-12-18-hostile.md")
        let snapshot = FixtureSite.snapshot([incident])
        let (files, diagnostics) = SitePages.render(snapshot, themeDirectory: nil)
        #expect(diagnostics.isEmpty)
        try FixtureSite.dumpIfRequested(files, name: "hostile")
        let pages = FixtureSite.texts(of: files).filter { $0.key.hasSuffix(".html") }
        #expect(pages.count > 10)
        for (path, page) in pages {
            // The page's own freshness check and a banner's own style are the only script
            // and style; nothing from the incident may add another.
            var html = page.replacingOccurrences(of: Freshness.script, with: "")
            if let style = html.range(of: "<style>" + BannerStyle.document), let end = html.range(of: "</style>", range: style.upperBound..<html.endIndex) {
                html.removeSubrange(style.lowerBound..<end.upperBound)
            }
            for tag in HTMLTag.scan(html) {
                #expect(Self.allowedTags.contains(tag.name), "\(path): <\(tag.name)>")
                for (name, value) in tag.attributes {
                    #expect(!name.hasPrefix("on"), "\(path): <\(tag.name) \(name)>")
                    #expect(name != "style", "\(path): <\(tag.name) style>")
                    let url = value.lowercased().filter { !$0.isWhitespace }
                    #expect(!url.hasPrefix("javascript:"), "\(path): <\(tag.name) \(name)=\"\(value)\">")
                }
            }
        }
        let incidentPage = try #require(pages["incidents/2023-12-18-hostile/index.html"])
        #expect(incidentPage.contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>"))
        #expect(incidentPage.contains("<title>&lt;script&gt;alert(1)&lt;/script&gt; – Actuele storingen</title>"))
        // cmark's safe mode keeps the text before the tag and drops the raw HTML itself.
        #expect(incidentPage.contains("<p>“&gt;<!-- raw HTML omitted --></p>"))
        #expect(incidentPage.contains("Klik <a href=\"\">x</a>"), "the javascript: link keeps its text, loses its target")
        for page in [pages["index.html"], pages["archive/index.html"], pages["services/orders/index.html"]] {
            #expect(page?.contains("&lt;script&gt;alert(1)&lt;/script&gt;</a>") == true)
        }
    }
}
