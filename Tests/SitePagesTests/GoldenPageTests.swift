import Foundation
import SiteContent
import Testing
import TestSupport

@testable import SitePages

/// Every page kind of the fixture corpus (front page, archive pages, an incident, the
/// services, a service and a year of it, the Servicenormen page, a norm, a year and a
/// period of it, and the 404 page), in both languages, compared with reviewed golden files.
@Suite struct GoldenPageTests {
    static let pages: [(path: String, golden: String)] = [
        ("index.html", "home.nl.html"),
        ("en/index.html", "home.en.html"),
        ("incidents/2023-12-13-bestellingen/index.html", "incident-bestellingen.nl.html"),
        ("en/incidents/2023-12-13-bestellingen/index.html", "incident-bestellingen.en.html"),
        ("norms/index.html", "norms.nl.html"),
        ("en/norms/index.html", "norms.en.html"),
        ("archive/index.html", "archive.nl.html"),
        ("en/archive/page/2/index.html", "archive-2.en.html"),
        ("incidents/2023-12-27-onderhoud-retouren/index.html", "incident-onderhoud.nl.html"),
        ("en/incidents/2023-12-19-shipping-labels/index.html", "incident-shipping.en.html"),
        ("services/index.html", "services.nl.html"),
        ("en/services/index.html", "services.en.html"),
        ("services/phone/index.html", "service-phone.nl.html"),
        ("en/services/orders/index.html", "service-orders.en.html"),
        ("404.html", "not-found.nl.html"),
        ("services/orders/2023/index.html", "service-year-orders.nl.html"),
        ("norms/on-time-delivery/index.html", "norm-on-time-delivery.nl.html"),
        ("en/norms/phone-reachability/index.html", "norm-phone-reachability.en.html"),
        ("norms/on-time-delivery/2023/index.html", "norm-year-on-time-delivery.nl.html"),
        ("norms/on-time-delivery/2023-W51/index.html", "norm-period-on-time-delivery-2023-W51.nl.html"),
        ("en/norms/returns/2023-12/index.html", "norm-period-returns-2023-12.en.html"),
    ]

    @Test(arguments: pages)
    func pageMatchesGoldenFile(path: String, golden: String) throws {
        let snapshot = FixtureSite.snapshot(try FixtureSite.incidents())
        let (files, diagnostics) = SitePages.render(snapshot, themeDirectory: nil)
        #expect(diagnostics.isEmpty)
        let page = try #require(FixtureSite.texts(of: files)[path], "no page at \(path)")
        Snapshot.assertMatches(page, named: golden)
    }
}
