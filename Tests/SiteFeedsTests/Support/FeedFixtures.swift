import Foundation
import IncidentModel
import IncidentParsing
import SiteConfig
import SiteContent
import SiteFeeds
@testable import SitePages
import Testing

/// The fixture corpus under `Fixtures/incidents/` (an ongoing incident, a resolved one,
/// an upcoming and a running maintenance) as a snapshot at a fixed reference time, and
/// helpers to render it.
enum FeedFixtures {
    /// `Tests/SiteFeedsTests/Fixtures/`, symbolic links resolved so that the
    /// repository's other folders are found from it.
    static let directory = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures", isDirectory: true)

    /// 2025-06-10 23:00 Amsterdam: the order incident is being monitored, the account
    /// maintenance has been running for an hour, the shipping maintenance is a week away.
    static let asOf = WallClock.amsterdam.instant(LocalDateTime(year: 2025, month: 6, day: 10, hour: 23))

    static let configuration = SiteConfiguration(baseURL: "https://status.example.nl/")

    /// The fixture incidents, parsed; a fixture with a diagnostic fails the test.
    static func incidents(sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> [Incident] {
        let folder = directory.appendingPathComponent("incidents")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".md") }.sorted()
        return try names.map { name in
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            return try parse(text, path: "incidents/\(name)", sourceLocation: sourceLocation)
        }
    }

    /// One incident file's text, parsed; any diagnostic fails the test.
    static func parse(_ text: String, path: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Incident {
        let parsed = IncidentParser().parse(text, path: path)
        #expect(parsed.diagnostics.isEmpty, "\(parsed.diagnostics)", sourceLocation: sourceLocation)
        return try #require(parsed.incident, sourceLocation: sourceLocation)
    }

    static func snapshot(_ incidents: [Incident], asOf: Date = asOf, configuration: SiteConfiguration = configuration) -> SiteSnapshot {
        SiteSnapshot(configuration: configuration, incidents: Moment(asOf).known(incidents), moment: Moment(asOf))
    }

    /// The rendered files of the fixture corpus by path.
    static func files() throws -> [String: String] {
        try render(snapshot(incidents()))
    }

    /// Rendered files by path, as text, with the sitemap `SitePages` writes beside the
    /// feeds (robots.txt names it); a duplicate path fails the test.
    static func render(_ snapshot: SiteSnapshot) -> [String: String] {
        let files = SiteFeeds.render(snapshot) + SitemapRenderer.render(snapshot)
        let byPath = Dictionary(files.map { ($0.path, String(decoding: $0.contents, as: UTF8.self)) }, uniquingKeysWith: { first, _ in first })
        #expect(byPath.count == files.count, "two outputs share a path")
        return byPath
    }

    /// An XML file of the rendered output, parsed; its root element.
    static func xml(_ files: [String: String], _ path: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> ParsedXML.Element {
        let text = try #require(files[path], "missing \(path)", sourceLocation: sourceLocation)
        let parsed = ParsedXML(text)
        return try #require(parsed.root, "\(path) is not well-formed: \(parsed.error ?? "")", sourceLocation: sourceLocation)
    }

    /// A JSON file of the rendered output as a dictionary.
    static func json(_ files: [String: String], _ path: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> [String: Any] {
        let text = try #require(files[path], "missing \(path)", sourceLocation: sourceLocation)
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
        return try #require(object as? [String: Any], sourceLocation: sourceLocation)
    }
}
