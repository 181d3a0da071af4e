import Testing

@testable import SitePages

@Suite struct SiteLinkTests {
    @Test(arguments: [
        ("", "", "./"),
        ("", "en/", "en/"),
        ("", "style.css", "style.css"),
        ("en/", "", "../"),
        ("en/", "en/", "./"),
        ("en/", "en/norms/", "norms/"),
        ("incidents/x/", "", "../../"),
        ("incidents/x/", "incidents/x/", "./"),
        ("incidents/x/", "incidents/met spatie/", "../met%20spatie/"),
        ("incidents/met spatie/", "incidents/x/", "../x/"),
        ("incidents/met spatie/", "incidents/met spatie/", "./"),
        ("en/archive/page/2/", "style.css", "../../../../style.css"),
        ("en/archive/page/2/", "en/archive/page/3/", "../3/"),
        ("en/archive/page/2/", "en/archive/", "../../"),
        ("en/incidents/x/", "en/feed.atom", "../../feed.atom"),
        ("en/norms/", "en/normsx/", "../normsx/"),
        ("404.html", "incidents/a\"b<c>&d/", "incidents/a%22b%3Cc%3E%26d/"),
        ("en/feed.atom", "incidents/storing-ë/", "../incidents/storing-%C3%AB/"),
    ])
    func linksAreRelativeToThePageAndPercentEncoded(page: String, route: String, href: String) {
        #expect(SiteLink(fromPage: page).href(route) == href)
    }

    @Test(arguments: [
        ("/storingen/", "", "/storingen/"),
        ("/storingen", "incidents/x/", "/storingen/incidents/x/"),
        ("/", "style.css", "/style.css"),
        ("/my%20status/", "incidents/met spatie/", "/my%20status/incidents/met%20spatie/"),
    ])
    func pagesShownAtAnyURLLinkFromTheBasePath(basePath: String, route: String, href: String) {
        #expect(SiteLink(fromBasePath: basePath).href(route) == href)
    }
}
