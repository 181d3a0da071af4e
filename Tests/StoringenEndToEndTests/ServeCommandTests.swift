import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
import TestSupport
#if canImport(Glibc)
import Glibc
#endif

/// `storingen serve` on a free loopback port: it serves the site, picks up an edit within
/// two seconds, shows errors instead of the site, and is shut down by the test.
@Suite(.serialized)
struct ServeCommandTests {
    final class Server: @unchecked Sendable {
        let process = Process()
        let output = Pipe()
        var url = ""
        /// The folder serve builds into, from its first line.
        var buildFolder = ""
        private let errors = Pipe()
        private let lock = NSLock()
        private var errorLines: [String] = []

        /// `asOf` nil: serve describes now, as an operator runs it.
        init(root: URL, asOf: String? = "2026-11-23 12:00") throws {
            process.executableURL = CLI.binary
            process.arguments = ["serve", "--port", "0"] + (asOf.map { ["--as-of", $0] } ?? [])
            process.currentDirectoryURL = root
            process.standardOutput = output
            process.standardError = errors
            try process.run()
            let handle = errors.fileHandleForReading
            Thread.detachNewThread { [self] in
                var pending = Data()
                while case let chunk = handle.availableData, !chunk.isEmpty {
                    pending.append(chunk)
                    while let newline = pending.firstIndex(of: 0x0A) {
                        let line = String(decoding: pending[pending.startIndex..<newline], as: UTF8.self)
                        pending.removeSubrange(pending.startIndex...newline)
                        lock.withLock { errorLines.append(line) }
                    }
                }
            }
            // The first line is "serving http://127.0.0.1:PORT/ …"; wait at most 60 s for it.
            var line = Data()
            let descriptor = output.fileHandleForReading.fileDescriptor
            let deadline = Date().addingTimeInterval(60)
            while !line.contains(0x0A), Date() < deadline {
                var ready = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
                guard poll(&ready, 1, 200) > 0 else { continue }
                let chunk = output.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                line.append(chunk)
            }
            let text = String(decoding: line, as: UTF8.self)
            url = text.split(separator: " ").first { $0.hasPrefix("http://") }.map(String.init) ?? ""
            if let start = text.range(of: "(built in "), let end = text.range(of: ")", range: start.upperBound..<text.endIndex) {
                buildFolder = String(text[start.upperBound..<end.lowerBound])
            }
        }

        func stop() {
            process.terminate()
            process.waitUntilExit()
        }

        /// The `rebuilt in …` lines serve has printed so far.
        var rebuilds: [String] {
            lock.withLock { errorLines.filter { $0.hasPrefix("rebuilt in ") } }
        }

        /// The next `rebuilt in …` line after the `count` already seen; nil after `seconds`.
        func rebuild(after count: Int, seconds: Double = 20) -> String? {
            let deadline = Date().addingTimeInterval(seconds)
            while Date() < deadline {
                if let line = rebuilds.dropFirst(count).first { return line }
                Thread.sleep(forTimeInterval: 0.02)
            }
            return nil
        }
    }

    func fetch(_ url: String) async throws -> (Int, String) {
        let (data, response) = try await URLSession.shared.data(from: URL(string: url)!)
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self))
    }

    /// Polls `url` until `predicate` holds or `seconds` pass; returns how long it took.
    /// It blocks its thread instead of awaiting: with every suite running at once the
    /// cooperative pool can be busy for over a second, and that delay is the test
    /// process's own, not the server's.
    func waitFor(_ url: String, seconds: Double, _ predicate: (Int, String) -> Bool) -> Double? {
        let start = Date()
        while Date().timeIntervalSince(start) < seconds {
            let (status, body) = fetchBlocking(url)
            if predicate(status, body) { return Date().timeIntervalSince(start) }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return nil
    }

    /// One GET answered on URLSession's own queue; (0, "") when the request fails.
    func fetchBlocking(_ url: String) -> (Int, String) {
        final class Answer: @unchecked Sendable {
            var value: (Int, String) = (0, "")
        }
        let answer = Answer()
        let done = DispatchSemaphore(value: 0)
        URLSession.shared.dataTask(with: URL(string: url)!) { data, response, _ in
            answer.value = ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data ?? Data(), as: UTF8.self))
            done.signal()
        }.resume()
        done.wait()
        return answer.value
    }

    @Test func servesTheSiteAndShowsAnEditWithinTwoSeconds() async throws {
        let root = try Fixtures.temporaryDirectory("serve")
        let incidents = root.appendingPathComponent("incidents")
        try FileManager.default.createDirectory(at: incidents, withIntermediateDirectories: true)
        let file = incidents.appendingPathComponent("a.md")
        try "---\ntitle: Eerste titel\nservices: [orders]\n---\n## 2026-11-20 10:00 — Onderzoek\n\nWe kijken.\n".write(to: file, atomically: true, encoding: .utf8)
        let server = try Server(root: root)
        defer { server.stop() }
        #expect(server.url.hasPrefix("http://127.0.0.1:"))
        let (status, home) = try await fetch(server.url)
        #expect(status == 200)
        #expect(home.contains("Eerste titel"))

        try "---\ntitle: Tweede titel\nservices: [orders]\n---\n## 2026-11-20 10:00 — Onderzoek\n\nWe kijken.\n".write(to: file, atomically: true, encoding: .utf8)
        let seen = waitFor(server.url, seconds: 2) { $1.contains("Tweede titel") }
        #expect(seen != nil, "the edit was not served within 2 s")

        try "---\ntitle: Kapot\nservices: [nope]\n---\n".write(to: file, atomically: true, encoding: .utf8)
        let errorShown = waitFor(server.url + "incidents/a/", seconds: 2) { status, body in
            status == 500 && body.contains("a.md:3:12: error: unknown service `nope`")
        }
        #expect(errorShown != nil, "errors were not shown instead of the site")

        let (missing, _) = try await fetch(server.url.replacingOccurrences(of: "/incidents/a/", with: "") + "does-not-exist/")
        #expect(missing == 500 || missing == 404)
    }

    /// Without `--as-of` serve describes now, to the minute. An ongoing incident's window
    /// ends at that moment, and with it every period page and period file the window spans;
    /// so a second save within the minute must rewrite only what shows the saved text, as
    /// with `--as-of`, where a moment to the second made those files new at every save.
    @Test func savesWithinOneMinuteAtNowRewriteWhatTheyChangeAsAtAFixedMoment() throws {
        let root = try Fixtures.temporaryDirectory("serve")
        let incidents = root.appendingPathComponent("incidents")
        try FileManager.default.createDirectory(at: incidents, withIntermediateDirectories: true)
        try "---\ntitle: Nog bezig\nservices: [orders]\n---\n## 2026-11-20 10:00 — Onderzoek\n\nWe kijken.\n"
            .write(to: incidents.appendingPathComponent("ongoing.md"), atomically: true, encoding: .utf8)
        let saved = incidents.appendingPathComponent("closed.md")
        var text = "---\ntitle: Voorbij\nservices: [orders]\n---\n## 2025-03-10 10:00 — Onderzoek\n\nWe kijken.\n\n## 2025-03-10 12:00 — Opgelost\n\nHersteld.\n"
        try text.write(to: saved, atomically: true, encoding: .utf8)

        // At a fixed moment: what one more line in the closed incident rewrites.
        let pinned = try Server(root: root)
        #expect(pinned.rebuild(after: 0) != nil, "the first build is reported")
        text += "\nEen regel.\n"
        try text.write(to: saved, atomically: true, encoding: .utf8)
        let atFixedMoment = pinned.rebuild(after: 1)
        pinned.stop()
        let expected = try #require(atFixedMoment?.split(separator: ":").last.map(String.init))

        let server = try Server(root: root, asOf: nil)
        defer { server.stop() }
        #expect(server.rebuild(after: 0) != nil, "the first build is reported")
        func minute() -> Int { Int(Date().timeIntervalSince1970 / 60) }
        for attempt in 0..<3 {
            let started = minute()
            var seen = server.rebuilds.count
            for save in ["a", "b"] {
                // A second apart: the site shows times to the second at most.
                if save == "b" { Thread.sleep(forTimeInterval: 1.1) }
                text += "\nRegel \(attempt)\(save).\n"
                try text.write(to: saved, atomically: true, encoding: .utf8)
                #expect(server.rebuild(after: seen) != nil, "no rebuild after a save")
                seen += 1
            }
            // Both refreshes fell in one minute only when the clock did not pass one.
            guard minute() == started else { continue }
            let second = try #require(server.rebuilds.last)
            #expect(second.hasSuffix(":" + expected), "\(second) at now, against\(expected) at a fixed moment")
            return
        }
        Issue.record("three attempts each crossed a minute")
    }

    /// The `Content-Type` `serve` answers `url` with; nil when the request fails.
    func contentType(_ url: String) async throws -> String? {
        let (_, response) = try await URLSession.shared.data(from: URL(string: url)!)
        return (response as? HTTPURLResponse)?.value(forHTTPHeaderField: "Content-Type")
    }

    @Test func everyFileIsServedWithTheMediaTypeItsRendererNamed() async throws {
        let root = try Fixtures.temporaryDirectory("serve")
        let incidents = root.appendingPathComponent("incidents")
        let theme = root.appendingPathComponent("site/theme")
        try FileManager.default.createDirectory(at: incidents, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: theme, withIntermediateDirectories: true)
        try "---\ntitle: Traag\nservices: [orders]\n---\n## 2026-11-20 10:00 — Onderzoek\n\nWe kijken.\n"
            .write(to: incidents.appendingPathComponent("a.md"), atomically: true, encoding: .utf8)
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]).write(to: theme.appendingPathComponent("logo.png"))
        let server = try Server(root: root)
        defer { server.stop() }
        let expected = [
            "": "text/html; charset=utf-8", "incidents/a/": "text/html; charset=utf-8",
            "badge.svg": "image/svg+xml", "services/orders/badge.svg": "image/svg+xml", "favicon.svg": "image/svg+xml",
            "logo.png": "image/png", "style.css": "text/css; charset=utf-8",
            "embed/banner.html": "text/html; charset=utf-8", "embed/storingen-banner.js": "text/javascript; charset=utf-8",
            "feed.atom": "application/atom+xml", "en/feed.rss": "application/rss+xml",
            "api/v2/summary.json": "application/json", "api/excused.json": "application/json",
            "maintenance.ics": "text/calendar; charset=utf-8", "excused/on-time-delivery.ics": "text/calendar; charset=utf-8",
            "sitemap.xml": "application/xml", "robots.txt": "text/plain; charset=utf-8",
        ]
        for (path, type) in expected.sorted(by: { $0.key < $1.key }) {
            #expect(try await contentType(server.url + path) == type, "\(path)")
        }
    }

    @Test func stoppingServeRemovesItsBuildFolderAndExitsZero() throws {
        let root = try Fixtures.temporaryDirectory("serve")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("incidents"), withIntermediateDirectories: true)
        let server = try Server(root: root)
        #expect(server.buildFolder.hasSuffix("/public"))
        // Its first build writes every file of the site, so it goes to memory where Linux
        // has some to spare (1 GiB free; a container's /dev/shm may have less).
        let runtime = ProcessInfo.processInfo.environment["XDG_RUNTIME_DIR"] ?? ""
        let sharedFree = (try? FileManager.default.attributesOfFileSystem(forPath: "/dev/shm"))?[.systemFreeSize] as? NSNumber
        if (sharedFree?.uint64Value ?? 0) >= 1 << 30 {
            #expect(server.buildFolder.hasPrefix("/dev/shm/storingen-serve-") || (!runtime.isEmpty && server.buildFolder.hasPrefix(runtime)))
        }
        #expect(FileManager.default.fileExists(atPath: server.buildFolder + "/index.html"))
        server.stop()
        #expect(server.process.terminationReason == .exit && server.process.terminationStatus == 0)
        #expect(!FileManager.default.fileExists(atPath: server.buildFolder))
        #expect(!FileManager.default.fileExists(atPath: (server.buildFolder as NSString).deletingLastPathComponent))
    }

    /// A preview killed outright cannot remove its build folder, which in memory holds RAM
    /// until the machine restarts: the next preview removes it before building its own.
    @Test func aPreviewKilledOutrightHasItsFolderRemovedByTheNextOne() throws {
        let root = try Fixtures.temporaryDirectory("serve")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("incidents"), withIntermediateDirectories: true)
        let killed = try Server(root: root)
        kill(killed.process.processIdentifier, SIGKILL)
        killed.process.waitUntilExit()
        let abandoned = (killed.buildFolder as NSString).deletingLastPathComponent
        #expect(FileManager.default.fileExists(atPath: killed.buildFolder + "/index.html"))
        let next = try Server(root: root)
        defer { next.stop() }
        #expect(FileManager.default.fileExists(atPath: next.buildFolder + "/index.html"))
        #expect(!FileManager.default.fileExists(atPath: abandoned))
    }
}
