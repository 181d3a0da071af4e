import Foundation
import IncidentModel
import Testing
import TestSupport
@testable import SitePreview

/// The in-memory preview: a one-file edit re-parses that file only and changes exactly
/// that incident's pages plus the pages that list it.
struct PreviewSiteTests {
    static let asOf = Date(timeIntervalSince1970: 1_780_000_000)  // 2026-05-28

    func project(incidents count: Int) throws -> (root: URL, site: PreviewSite) {
        let root = try Fixtures.temporaryDirectory("preview")
        let folder = root.appendingPathComponent("incidents")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for number in 0..<count {
            let services = ["orders", "phone", "returns"][number % 3]
            let text = """
                ---
                title: Storing nummer \(number)
                services: [\(services)]
                ---

                ## 2025-\(number % 12 + 1 < 10 ? "0" : "")\(number % 12 + 1)-\(number % 27 + 1 < 10 ? "0" : "")\(number % 27 + 1) 11:00 — Opgelost

                Opgelost, nummer \(number).

                ## 2025-\(number % 12 + 1 < 10 ? "0" : "")\(number % 12 + 1)-\(number % 27 + 1 < 10 ? "0" : "")\(number % 27 + 1) 10:00 — Onderzoek

                Onderzoek, nummer \(number).

                """
            try text.write(to: folder.appendingPathComponent("storing-\(number).md"), atomically: true, encoding: .utf8)
        }
        let site = PreviewSite(
            incidentsDirectory: folder.path, siteDirectory: root.appendingPathComponent("site").path,
            outputDirectory: root.appendingPathComponent("public").path)
        return (root, site)
    }

    @Test func aOneFileEditChangesThatIncidentsPagesAndThePagesListingIt() async throws {
        let (root, site) = try project(incidents: 40)
        let first = try #require(await site.refresh(at: Moment(Self.asOf)))
        #expect(first.reparsed.count == 40)
        #expect(await site.refresh(at: Moment(Self.asOf)) == nil, "nothing changed, nothing rebuilt")

        let file = root.appendingPathComponent("incidents/storing-7.md")
        let edited = try String(contentsOf: file, encoding: .utf8).replacingOccurrences(of: "Opgelost, nummer 7.", with: "Verholpen, met meer uitleg.")
        try edited.write(to: file, atomically: true, encoding: .utf8)
        let refresh = try #require(await site.refresh(at: Moment(Self.asOf)))
        #expect(refresh.reparsed.map { ($0 as NSString).lastPathComponent } == ["storing-7.md"])
        #expect(refresh.changedFiles.contains("incidents/storing-7/index.html"))
        #expect(refresh.changedFiles.contains("en/incidents/storing-7/index.html"))
        for path in refresh.changedFiles {
            let (_, _, body) = await site.response(for: "/" + path)
            #expect(String(decoding: body, as: UTF8.self).contains("storing-7"), "\(path) changed but does not list the incident")
        }
        #expect(!refresh.changedFiles.contains { $0.hasPrefix("incidents/storing-8/") || $0.hasPrefix("en/incidents/storing-6/") })
    }

    @Test func errorsReplaceTheSiteUntilFixed() async throws {
        let (root, site) = try project(incidents: 3)
        _ = await site.refresh(at: Moment(Self.asOf))
        let file = root.appendingPathComponent("incidents/storing-1.md")
        let good = try String(contentsOf: file, encoding: .utf8)
        try good.replacingOccurrences(of: "services: [phone]", with: "services: [telefoon]").write(to: file, atomically: true, encoding: .utf8)
        let broken = try #require(await site.refresh(at: Moment(Self.asOf)))
        #expect(broken.errors == 1)
        let (status, _, page) = await site.response(for: "/")
        #expect(status == 500)
        #expect(String(decoding: page, as: UTF8.self).contains("unknown service `telefoon`"))
        try good.write(to: file, atomically: true, encoding: .utf8)
        _ = await site.refresh(at: Moment(Self.asOf))
        #expect(await site.response(for: "/").status == 200)
        #expect(await site.response(for: "/nergens/").status == 404)
    }
}
