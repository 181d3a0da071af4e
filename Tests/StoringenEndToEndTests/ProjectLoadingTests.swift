import Foundation
import Testing
import TestSupport

/// Every command reads the project the same way (incidents, `site.yml`, theme), so
/// `check` agrees with `build`, `excused`, `new` and `update` on every input.
@Suite(.serialized)
struct ProjectLoadingTests {
    static let asOf = ["--as-of", "2026-11-23 12:00"]

    static let warehouseSite = """
        baseURL: https://status.example.nl/
        services:
          warehouse: {nl: Magazijn, en: Warehouse}
        norms:
          warehouse-speed: {nl: Magazijnsnelheid, period: iso-week, services: [warehouse], grace: none}
        """

    static let warehouseIncident = """
        ---
        title: Magazijn verwerkt niets
        services: [warehouse]
        impact: major
        ---

        ## 2026-11-10 10:00 — Onderzoek

        Het magazijn verwerkt geen zendingen.

        ## 2026-11-10 12:00 — Opgelost

        Alles loopt weer.
        """

    @Test func aServiceAndNormAddedInSiteYmlPassEveryCommand() throws {
        let project = try TemporaryProject("warehouse")
        try project.write("site/site.yml", Self.warehouseSite)
        try project.write("incidents/magazijn.md", Self.warehouseIncident.replacingOccurrences(of: "        ", with: ""))

        let check = try project.run(["check", "--incidents", "incidents", "--site", "site"] + Self.asOf)
        #expect(check.status == 0, "\(check.standardError)")
        #expect(check.standardError == "checked 1 file: 0 errors, 0 warnings\n")
        let byDefault = try project.run(["check"] + Self.asOf)
        #expect(byDefault.status == 0, "check reads site/ by default: \(byDefault.standardError)")

        let build = try project.run(["build", "--output", "out"] + Self.asOf)
        #expect(build.status == 0, "\(build.standardError)")
        #expect(try project.read("out/norms/index.html").contains("Magazijnsnelheid"))

        let excused = try project.run(["excused", "--norm", "warehouse-speed", "--format", "csv"] + Self.asOf)
        #expect(excused.status == 0, "\(excused.standardError)")
        #expect(excused.standardOutput == "norm,start,end,incidents,ongoing\nwarehouse-speed,2026-11-10T10:00:00+01:00,2026-11-10T12:00:00+01:00,magazijn,false\n")

        let new = try project.run(["new", "Magazijn weer traag", "--services", "warehouse", "--at", "2026-11-20 09:00"])
        #expect(new.status == 0, "\(new.standardError)")
        #expect(new.standardOutput == "incidents/2026/2026-11-20-magazijn-weer-traag.md\n")
        let update = try project.run(["update", "2026-11-20-magazijn-weer-traag", "--status", "Opgelost", "Het magazijn is bij.", "--at", "2026-11-20 11:00"])
        #expect(update.status == 0, "\(update.standardError)")

        let again = try project.run(["check"] + Self.asOf)
        #expect(again.status == 0 && again.standardError == "checked 2 files: 0 errors, 0 warnings\n", "\(again.standardError)")
        let windows = try project.run(["excused", "--norm", "warehouse-speed", "--at", "2026-11-20 10:00"] + Self.asOf)
        #expect(windows.status == 0, "the new incident excuses the new norm: \(windows.standardOutput)")
    }

    @Test func aBrokenSiteYmlStopsCheckBuildAndTheAuthoringCommandsAlike() throws {
        let project = try TemporaryProject("bad-site")
        try project.write("site/site.yml", "baseURL: https://status.example.nl/\nlanguages: [nl, de]\n")
        try project.write("incidents/a.md", "---\ntitle: A\nservices: [orders]\n---\n## 2026-11-10 10:00 — Onderzoek\n")
        let expected = "site/site.yml:2:17: error: unknown language `de`; use nl and/or en"

        let check = try project.run(["check"] + Self.asOf)
        #expect(check.status == 1)
        #expect(check.standardError.contains(expected), "\(check.standardError)")
        let build = try project.run(["build", "--output", "out"] + Self.asOf)
        #expect(build.status == 1)
        #expect(build.standardError.contains(expected))
        #expect(!project.exists("out"))
        let new = try project.run(["new", "B", "--services", "orders", "--at", "2026-11-11 10:00"])
        #expect(new.status == 2)
        #expect(new.standardError.contains(expected))
        #expect(!project.exists("incidents/2026"))
        let update = try project.run(["update", "a", "--status", "Opgelost", "x", "--at", "2026-11-11 10:00"])
        #expect(update.status == 2)
        #expect(try project.read("incidents/a.md").hasSuffix("Onderzoek\n"))
    }

    @Test func aBrokenThemeOverrideFailsCheckButTheSiteStillGoesOut() throws {
        let project = try TemporaryProject("bad-theme")
        try project.write("site/site.yml", "baseURL: https://status.example.nl/\n")
        try project.write("site/theme/home.mustache", "{{<layout}}\n{{$main}}\n<h1>{{#open}}Eigen kop</h1>\n{{/main}}\n{{/layout}}\n")
        try project.write("incidents/a.md", "---\ntitle: A\nservices: [orders]\n---\n## 2026-11-10 10:00 — Onderzoek\n")
        let check = try project.run(["check"] + Self.asOf)
        #expect(check.status == 1)
        let problem = check.standardError.split(separator: "\n").first { $0.contains("home.mustache") }
        #expect(problem?.hasPrefix("site/theme/home.mustache:") == true && problem?.contains(": error: template does not parse") == true, "\(check.standardError)")
        let location = problem.map { String($0.prefix { $0 != " " }) } ?? "-"
        #expect(location.split(separator: ":").count == 3, "line and column: \(location)")

        let build = try project.run(["build", "--output", "out"] + Self.asOf)
        #expect(build.status == 0, "\(build.standardError)")
        #expect(build.standardError.contains("\(location) warning: template does not parse"), "\(build.standardError)")
        #expect(build.standardError.contains("the built-in template is used instead"))
        let home = try project.read("out/index.html")
        #expect(home.contains("Actuele storingen") && !home.contains("Eigen kop"))
        #expect(project.exists("out/incidents/a/index.html") && project.exists("out/api/v2/summary.json"))
    }

    @Test func aThemeFileNamedLikeAGeneratedFileIsReportedAndTheSiteStillGoesOut() throws {
        let project = try TemporaryProject("bad-theme")
        try project.write("site/site.yml", "baseURL: https://status.example.nl/\n")
        try project.write("site/theme/badge.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>eigen</text></svg>")
        try project.write("site/theme/robots.txt", "User-agent: *\nDisallow: /\n")
        try project.write("incidents/a.md", "---\ntitle: A\nservices: [orders]\n---\n## 2026-11-10 10:00 — Onderzoek\n")
        let check = try project.run(["check"] + Self.asOf)
        #expect(check.status == 1)
        #expect(check.standardError.contains("site/theme/badge.svg:1:1: error: `badge.svg` is a file the site generates"),
                "\(check.standardError)")
        let build = try project.run(["build", "--output", "out"] + Self.asOf)
        #expect(build.status == 0, "\(build.standardError)")
        #expect(build.standardError.contains("site/theme/robots.txt:1:1: warning: `robots.txt` is a file the site generates"))
        #expect(try project.read("out/robots.txt").contains("Sitemap: https://status.example.nl/sitemap.xml"))
        #expect(try !project.read("out/badge.svg").contains("eigen"))
    }

    @Test func anUpdateDatedInTheFutureIsAWarningNamingBothTimes() throws {
        let project = try TemporaryProject("future")
        try project.write("incidents/typo.md", """
            ---
            title: Jaartal verkeerd
            services: [orders]
            ---

            ## 2027-11-20 10:00 — Opgelost

            Verholpen.

            ## 2026-11-20 09:00 — Onderzoek

            Iets mis.
            """)
        try project.write("incidents/bijna.md", "---\ntitle: Net op tijd\nservices: [orders]\n---\n## 2026-11-23 12:45 — Onderzoek\n")
        try project.write("incidents/onderhoud.md", """
            ---
            title: Gepland onderhoud
            kind: maintenance
            services: [account]
            scheduled: 2027-01-10 22:00 .. 2027-01-11 02:00
            ---
            ## 2026-11-20 09:00 — Gepland
            """)
        let check = try project.run(["check"] + Self.asOf)
        #expect(check.status == 0)
        #expect(check.standardError == """
            incidents/bijna.md:5:1: warning: update at 23-11-2026 12:45 is in the future (now 23-11-2026 12:00): it is published by the first build after that time
            incidents/typo.md:6:1: warning: update at 20-11-2027 10:00 is in the future (now 23-11-2026 12:00): it is published by the first build after that time; a typo in the year?
            checked 3 files: 0 errors, 2 warnings

            """, "every update after the moment is named, more than an hour ahead as a likely typo; a schedule ahead is fine")
        let build = try project.run(["build", "--output", "out"] + Self.asOf)
        #expect(build.status == 0)
        #expect(build.standardError.contains("incidents/typo.md:6:1: warning: update at 20-11-2027 10:00 is in the future"))
    }
}
