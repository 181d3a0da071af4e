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
            let (_, _, body) = site.response(for: "/" + path)
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
        let (status, _, page) = site.response(for: "/")
        #expect(status == 500)
        #expect(String(decoding: page, as: UTF8.self).contains("unknown service `telefoon`"))
        try good.write(to: file, atomically: true, encoding: .utf8)
        _ = await site.refresh(at: Moment(Self.asOf))
        #expect(site.response(for: "/").status == 200)
        #expect(site.response(for: "/nergens/").status == 404)
    }

    /// New settings make every page again (seconds at 10,000 incidents). Requests are
    /// answered meanwhile from the site still in place: a response that starts and ends
    /// while the new site is being staged beside the old one gives the old page. The
    /// reader runs on a thread of its own, as a connection does beside the render, so
    /// that other tests busy on the shared threads cannot hold it back.
    @Test func aReaderIsAnsweredWhileNewSettingsRenderEveryPage() async throws {
        let (root, site) = try project(incidents: 150)
        _ = try #require(await site.refresh(at: Moment(Self.asOf)))
        let siteFolder = root.appendingPathComponent("site")
        try FileManager.default.createDirectory(at: siteFolder, withIntermediateDirectories: true)
        try "title: Storingen van vandaag\n".write(to: siteFolder.appendingPathComponent("site.yml"), atomically: true, encoding: .utf8)
        let before = site.response(for: "/")
        #expect(!String(decoding: before.body, as: UTF8.self).contains("Storingen van vandaag"))

        let reader = Reader { (try? FileManager.default.contentsOfDirectory(atPath: root.path))?.contains { $0.hasPrefix(".public.building-") } ?? false }
        reader.start { site.response(for: "/") }
        let refresh = try #require(await site.refresh(at: Moment(Self.asOf)))
        let answers = await reader.stop()
        #expect(refresh.changedFiles.contains("index.html"))
        let new = site.response(for: "/")
        #expect(String(decoding: new.body, as: UTF8.self).contains("Storingen van vandaag"))
        // The old folder is removed after the swap, and the new page may be read then.
        #expect(answers.all.allSatisfy { $0.status == 200 && ($0.body == before.body || $0.body == new.body) }, "a page of neither site")
        #expect(answers.duringTheRender.contains { $0.body == before.body }, "no response came while the new settings were rendered")
    }
}

/// Asks for a page again and again on a thread of its own while `busy()` holds, and keeps
/// the answers; those that began and ended with `busy()` holding were given during it.
private final class Reader: @unchecked Sendable {
    typealias Answer = (status: Int, contentType: String, body: Data)
    private let busy: @Sendable () -> Bool
    private let lock = NSLock()
    private var stopped = false
    private var answers: (all: [Answer], duringTheRender: [Answer]) = ([], [])
    private var finished: CheckedContinuation<Void, Never>?
    private var done = false

    init(busy: @escaping @Sendable () -> Bool) {
        self.busy = busy
    }

    func start(_ ask: @escaping @Sendable () -> Answer) {
        Thread.detachNewThread { [self] in
            while !lock.withLock({ stopped }) {
                guard busy() else {
                    usleep(500)
                    continue
                }
                let answer = ask()
                let during = busy()
                lock.withLock {
                    answers.all.append(answer)
                    if during { answers.duringTheRender.append(answer) }
                }
            }
            lock.withLock {
                done = true
                finished?.resume()
                finished = nil
            }
        }
    }

    func stop() async -> (all: [Answer], duringTheRender: [Answer]) {
        await withCheckedContinuation { continuation in
            lock.withLock {
                stopped = true
                if done { continuation.resume() } else { finished = continuation }
            }
        }
        return lock.withLock { answers }
    }
}
