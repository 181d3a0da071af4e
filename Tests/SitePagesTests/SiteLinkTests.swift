import Testing

@testable import SitePages

@Suite struct SiteLinkTests {
    @Test(arguments: [
        ("", "/"),
        ("en/", "/en/"),
        ("incidents/2023-12-13-bestellingen/", "/incidents/2023-12-13-bestellingen/"),
        ("incidents/met spatie/", "/incidents/met%20spatie/"),
        ("incidents/a\"b<c>&d/", "/incidents/a%22b%3Cc%3E%26d/"),
        ("incidents/storing-ë/", "/incidents/storing-%C3%AB/"),
        ("excused/on-time-delivery.ics", "/excused/on-time-delivery.ics"),
    ])
    func rootRelativeHrefIsPercentEncoded(route: String, href: String) {
        #expect(SiteLink(baseURL: "https://status.example.nl/").href(route) == href)
    }

    @Test(arguments: [
        ("https://example.github.io/storingen/", "", "/storingen/"),
        ("https://example.github.io/storingen", "incidents/x/", "/storingen/incidents/x/"),
        ("http://localhost:8080/", "style.css", "/style.css"),
    ])
    func linksStartAtTheBaseURLsPath(baseURL: String, route: String, href: String) {
        #expect(SiteLink(baseURL: baseURL).href(route) == href)
    }
}
