import Foundation
import IncidentModel
import IncidentParsing
import SiteContent
import Testing

@testable import SitePages

/// The repository's own `incidents/` folder renders into a consistent site (written out
/// for the Nu HTML checker with `SITEPAGES_DUMP_DIRECTORY`).
@Suite struct RealCorpusTests {
    static let incidentsFolder = FixtureSite.fixtures
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("incidents")

    static func incidents() throws -> [Incident] {
        let enumerator = try #require(FileManager.default.enumerator(atPath: incidentsFolder.path))
        let paths = enumerator.compactMap { $0 as? String }.filter { $0.hasSuffix(".md") }.sorted()
        return try paths.map { path in
            let text = try String(contentsOf: incidentsFolder.appendingPathComponent(path), encoding: .utf8)
            return try FixtureSite.parse(text, path: "incidents/\(path)")
        }
    }

    @Test func repositoryIncidentsRenderWithWorkingLinks() throws {
        let incidents = try Self.incidents()
        #expect(incidents.count >= 2)
        let asOf = try #require(incidents.compactMap(\.latestUpdate?.instant).max())
        let snapshot = FixtureSite.snapshot(incidents, asOf: asOf)
        let (files, diagnostics) = SitePages.render(snapshot, themeDirectory: nil)
        #expect(diagnostics.isEmpty)
        SiteStructureTests.checkLinks(of: files, snapshot: snapshot)
        try FixtureSite.dumpIfRequested(files, name: "repository")
    }
}
