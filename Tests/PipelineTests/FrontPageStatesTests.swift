import Foundation
import IncidentCorpus
import IncidentModel
import IncidentParsing
import OutputEncoding
import Pipeline
import SitePages
import Testing
import TestSupport

/// The front page answers "is it working?" in three states (all operational, a major
/// outage, maintenance under way), in both languages, and the Statuspage API, the grid
/// and the badge say the same as the status line.
@Suite struct FrontPageStatesTests {
    /// The incidents the states are built from: a resolved outage of shipping (major) on
    /// 2 June, maintenance of the account on 12 June, and an outage of orders and
    /// cancellations (critical, unresolved) on 10 June, for the outage state only.
    static let outage = ("outage.md", """
        ---
        title: Bestellingen komen niet binnen
        services: [orders, cancellations]
        impact: critical
        ---

        ## 2025-06-10 09:30 — Onderzoek

        Nieuwe bestellingen komen niet binnen.
        """)

    static let incidents = [
        ("resolved.md", """
            ---
            title: Verzendlabels vertraagd
            services: [shipping]
            impact: major
            ---

            ## 2025-06-02 09:30 — Onderzoek

            Labels worden traag aangemaakt.

            ## 2025-06-02 13:00 — Opgelost

            Alles werkt weer.
            """),
        ("maintenance.md", """
            ---
            title: Onderhoud verkoopaccount
            kind: maintenance
            services: [account]
            scheduled: 2025-06-12 22:00 .. 2025-06-13 01:00
            ---

            ## 2025-06-05 10:00 — Gepland

            Het verkoopaccount is even niet bereikbaar.
            """),
    ]

    enum State: String, CaseIterable {
        case operational, outage, maintenance

        /// The reference time that puts the site in this state.
        var asOf: String {
            switch self {
            case .operational: "2025-06-11 12:00"
            case .outage: "2025-06-10 10:00"
            case .maintenance: "2025-06-12 23:00"
            }
        }
    }

    static func site(_ state: State) throws -> [String: String] {
        let parser = IncidentParser()
        let incidents = try (state == .outage ? incidents + [outage] : incidents).map { name, text in
            let parsed = parser.parse(text, path: "incidents/\(name)")
            return try #require(parsed.incident, "\(parsed.diagnostics)")
        }
        guard case .success(let asOf) = StandaloneTimestamp.instant(state.asOf, clock: .amsterdam) else { throw CancellationError() }
        let project = Project(
            settings: ProjectSettings(configuration: .init(baseURL: "https://status.example.nl/"), theme: .builtIn, diagnostics: []),
            corpus: Corpus(incidents: incidents, diagnostics: [], fileCount: incidents.count), moment: Moment(asOf),
            diagnostics: [])
        let files = project.renderSite().files(concurrently: false)
        return Dictionary(uniqueKeysWithValues: files.map { ($0.path, String(decoding: $0.contents, as: UTF8.self)) })
    }

    @Test(arguments: State.allCases)
    func frontPageMatchesItsGolden(state: State) throws {
        let site = try Self.site(state)
        Snapshot.assertMatches(try #require(site["index.html"]), named: "home-\(state.rawValue).nl.html")
        Snapshot.assertMatches(try #require(site["en/index.html"]), named: "home-\(state.rawValue).en.html")
    }

    @Test(arguments: State.allCases)
    func theAPIGridAndBadgeAgreeWithTheStatusLine(state: State) throws {
        let site = try Self.site(state)
        let expected: (key: String, text: String, english: String) = switch state {
        case .operational: ("operational", "Alle diensten werken normaal", "All services operational")
        case .outage: ("major-outage", "Grote storing bij Bestellingen en Annuleringen", "Major outage: Orders and Cancellations")
        case .maintenance: ("maintenance", "Onderhoud bij Account", "Maintenance: Account")
        }
        let front = try FrontPageReading(site)
        #expect(front.statusKey == expected.key)
        #expect(front.statusText == expected.text)
        #expect(try #require(site["en/index.html"]).contains("</span> \(expected.english)</p>"))
        #expect(front.grid.count == 9)
        #expect(front.gridAgreesWithComponents, "the grid's states are components.json's")
        switch state {
        case .operational, .maintenance:
            #expect(front.indicator == "none" && front.indicatorDescription == "All Systems Operational")
        case .outage:
            #expect(front.indicator == "critical" && front.indicatorDescription == "Major System Outage")
        }
        #expect(try #require(site["badge.svg"]).contains("<title>status: \(expected.text)</title>"))
        #expect(try #require(site["en/services/orders/badge.svg"]).contains("<title>Orders: \(state == .outage ? "Major outage" : "Operational")</title>"))
    }
}
