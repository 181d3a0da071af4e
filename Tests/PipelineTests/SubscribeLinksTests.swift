import Foundation
import Testing

/// The "Volgen" block links to files other stages write (feeds, calendar, badges, API):
/// rendered as one site, every link of every block must find its file.
@Suite struct SubscribeLinksTests {
    /// The hrefs of the block on a page; nil when the page has none.
    static func blockHrefs(_ html: String) -> [String]? {
        guard let block = html.firstMatch(of: /<section class="subscribe"[^>]*>(?s:.*?)<\/section>/) else { return nil }
        return String(block.0).matches(of: /<a href="([^"]*)"/).map { String($0.1) }
    }

    @Test func everyLinkOfEveryBlockPointsAtAGeneratedFile() throws {
        let site = try FrontPageStatesTests.site(.maintenance)
        let pages = ["index.html", "en/index.html"] + ["orders", "cancellations", "shipping", "customer-questions", "returns",
                                                      "phone", "billing", "account", "offers"].flatMap { key in
            ["services/\(key)/index.html", "en/services/\(key)/index.html"]
        }
        for page in pages {
            let html = try #require(site[page], "no \(page)")
            let hrefs = try #require(Self.blockHrefs(html), "\(page) has no subscribe block")
            // Feeds, calendar and badge; the front page also the API.
            #expect(hrefs.count == (page.contains("services/") ? 4 : 5), "\(page)")
            for href in hrefs {
                let base = try #require(URL(string: "https://site.test/" + page))
                let resolved = try #require(URL(string: href, relativeTo: base)?.absoluteString)
                let file = String(resolved.dropFirst("https://site.test/".count))
                #expect(site[file] != nil, "\(page) links to \(href), which the build does not write")
                #expect(page.hasPrefix("en/") == file.hasPrefix("en/") || file == "api/v2/summary.json", "\(page): \(href) is in another language")
            }
        }
    }
}
