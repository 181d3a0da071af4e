import IncidentModel
import ServiceNorms
import Testing
@testable import SiteConfig

/// `site.yml`: every setting read, catalogue overrides applied, every mistake located.
struct SiteConfigurationParserTests {
    func parse(_ text: String) -> (SiteConfiguration, [String]) {
        var parser = SiteConfigurationParser()
        let configuration = parser.parse(Array(text.utf8), path: "site/site.yml")
        return (configuration, parser.diagnostics.map { "\($0.location.line):\($0.location.column): \($0.message)" })
    }

    @Test func readsEverySetting() {
        let (configuration, diagnostics) = parse("""
            title: {nl: Storingen, en: Outages}
            description: Eén zin.
            baseURL: https://status.example.nl/
            languages: [en]
            recentDays: 7
            staleOpenDays: 30
            staleAfter: 90m
            embed: {quiet: empty}
            archivePageSize: 20
            services:
              warehouse: {nl: Magazijn, en: Warehouse}
              orders: {nl: Orders}
            norms:
              on-time-delivery: {grace: 2 werkdagen}
              response-time: {grace: 48 business hours, threshold: {nl: Snel, en: Fast}}
              warehouse-speed:
                nl: Magazijnsnelheid
                period: month
                services: [warehouse]
                officeHoursOnly: true
            holidays:
              add: [2025-12-24]
              remove: [2025-05-05]
            """)
        #expect(diagnostics == [])
        #expect(configuration.title == LocalizedText(nl: "Storingen", en: "Outages"))
        #expect(configuration.description == LocalizedText(nl: "Eén zin.", en: "Eén zin."))
        #expect(configuration.baseURL == "https://status.example.nl/")
        #expect(configuration.languages == [.en])
        #expect(configuration.recentDays == 7)
        #expect(configuration.staleOpenDays == 30)
        #expect(configuration.staleAfter == 5_400)
        #expect(configuration.embedQuiet == .empty)
        #expect(configuration.archivePageSize == 20)
        let catalogue = configuration.catalogue
        #expect(catalogue.service(ServiceKey("warehouse"))?.name == LocalizedText(nl: "Magazijn", en: "Warehouse"))
        #expect(catalogue.service(ServiceKey("orders"))?.name == LocalizedText(nl: "Orders", en: "Orders"))
        #expect(catalogue.services.count == 10)
        #expect(catalogue.norm(NormKey("on-time-delivery"))?.grace == .businessDays(2))
        #expect(catalogue.norm(NormKey("on-time-delivery"))?.services == [ServiceKey("orders"), ServiceKey("shipping")])
        #expect(catalogue.norm(NormKey("response-time"))?.grace == .businessHours(48))
        #expect(catalogue.norm(NormKey("response-time"))?.threshold.en == "Fast")
        let added = catalogue.norm(NormKey("warehouse-speed"))
        #expect(added?.name == LocalizedText(nl: "Magazijnsnelheid", en: "warehouse-speed"))
        #expect(added?.period == .month)
        #expect(added?.services == [ServiceKey("warehouse")])
        #expect(added?.officeHoursOnly == true)
        #expect(catalogue.norms.last?.key == NormKey("warehouse-speed"))
        #expect(configuration.addedHolidays == [LocalDate(year: 2025, month: 12, day: 24)])
        #expect(configuration.removedHolidays == [LocalDate(year: 2025, month: 5, day: 5)])
        #expect(configuration.calendar.isBusinessDay(LocalDate(year: 2025, month: 5, day: 5)))
        #expect(!configuration.calendar.isBusinessDay(LocalDate(year: 2025, month: 12, day: 24)))
    }

    @Test func anEmptyFileGivesTheDefaults() {
        let (configuration, diagnostics) = parse("# nothing yet\n")
        #expect(diagnostics == [])
        #expect(configuration.catalogue == .standard)
        #expect(configuration.languages == [.nl, .en])
        #expect(configuration.recentDays == 14)
        #expect(configuration.staleOpenDays == 14)
        #expect(configuration.staleAfter == 10_800)
        #expect(configuration.embedQuiet == .line)
    }

    @Test func everyMistakeIsLocated() {
        let (_, diagnostics) = parse("""
            titel: Storingen
            baseURL: status.example.nl
            languages: [nl, de]
            recentDays: veel
            services:
              Bad Key: {nl: X}
              depot: {en: Depot}
            norms:
              on-time-delivery: {grace: 1 dag, period: year}
              new-norm: {services: [nope], colour: red}
            holidays:
              add: [24-12-2025]
              extra: []
            """)
        #expect(diagnostics == [
            "1:1: unknown site.yml key `titel`; did you mean `title`? allowed keys: title, description, baseURL, languages, recentDays, staleOpenDays, staleAfter, embed, archivePageSize, services, norms, holidays, notify",
            "2:10: `baseURL` must be an absolute http(s) URL without query or fragment, such as `https://status.example.nl/` or `https://owner.github.io/repo/`; spaces and other special characters percent-encoded",
            "3:17: unknown language `de`; use nl and/or en",
            "4:13: `recentDays` must be a whole number from 0 to 3650",
            "6:3: `Bad Key` is not a valid key; use lowercase letters, digits and `-`",
            "7:10: service `depot` needs a Dutch name: `nl: …`",
            "13:3: unknown site.yml key `extra`; allowed keys: add, remove",
            "12:9: `24-12-2025` is not a date; write it like `2025-12-24`",
            "9:29: cannot read the grace `1 dag`; write `none`, `1 business day`, `2 werkdagen`, `24 business hours` or `24 werkuren`",
            "9:44: `period` must be `iso-week` or `month`, not `year`",
            "10:32: unknown site.yml key `colour`; allowed keys: nl, en, threshold, period, services, grace, officeHoursOnly",
            "10:25: unknown service `nope`; known services: orders, cancellations, shipping, customer-questions, returns, phone, billing, account, offers",
            "10:3: new norm `new-norm` needs a Dutch name: `nl: …`",
        ])
    }

    /// Every absolute URL of the site is `baseURL` followed by a route, so it must be the
    /// URL of a folder: absolute, http(s), ending in `/`, already percent-encoded.
    @Test(arguments: [
        ("https://status.example.nl/", nil),
        ("https://acme.github.io/status/", nil),
        ("http://localhost:8080/", nil),
        ("https://acme.github.io/my%20status/", nil),
        ("https://acme.github.io/status", "`baseURL` must end in `/` (`https://acme.github.io/status/`): page URLs are the base URL followed by their path"),
        ("https://status.example.nl/?lang=nl", "must be an absolute"),
        ("https://status.example.nl/#top", "must be an absolute"),
        ("ftp://status.example.nl/", "must be an absolute"),
        ("/status/", "must be an absolute"),
        ("https:///status/", "must be an absolute"),
        ("https://acme.github.io/my status/", "must be an absolute"),
    ] as [(String, String?)])
    func baseURLMustBeTheURLOfAFolder(url: String, problem: String?) {
        let (configuration, diagnostics) = parse("baseURL: \"\(url)\"\n")
        if let problem {
            #expect(diagnostics.count == 1 && diagnostics[0].hasPrefix("1:10: ") && diagnostics[0].contains(problem), "\(diagnostics)")
            #expect(configuration.baseURL == SiteConfiguration().baseURL)
        } else {
            #expect(diagnostics == [])
            #expect(configuration.baseURL == url)
        }
    }

    @Test(arguments: [
        ("https://status.example.nl/", "/"),
        ("https://acme.github.io/status/", "/status/"),
        ("http://localhost:8080/a/b/", "/a/b/"),
        ("https://acme.github.io/my%20status/", "/my%20status/"),
    ])
    func basePathIsThePathOfTheBaseURLAsWritten(url: String, path: String) {
        #expect(SiteConfiguration(baseURL: url).basePath == path)
    }

    @Test func theRepositorySiteFileIsValid() {
        let (configuration, diagnostics) = SiteConfigurationParser.load(siteDirectory: Self.repositorySite)
        #expect(diagnostics.isEmpty)
        #expect(configuration.baseURL == "https://status.example.nl/")
        #expect(configuration.addedHolidays.contains(LocalDate(year: 2025, month: 12, day: 24)))
    }

    @Test func aMissingFileGivesTheDefaults() {
        let (configuration, diagnostics) = SiteConfigurationParser.load(siteDirectory: "/nonexistent")
        #expect(diagnostics.isEmpty)
        #expect(configuration.catalogue == .standard)
    }

    static var repositorySite: String {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.appendingPathComponent("site").path
    }
}

import Foundation
