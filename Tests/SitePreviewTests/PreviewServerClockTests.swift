import Foundation
import IncidentModel
import Testing
import TestSupport
@testable import SitePreview

/// At now, `serve` moves the site on as each moment ends, without a save and without
/// waiting for its fallback check: the served pages state the new moment, and the move
/// is reported as following the clock (the command line prints nothing for it).
struct PreviewServerClockTests {
    static let asOf = Date(timeIntervalSince1970: 1_796_299_200)  // 2026-12-03 12:00 UTC

    /// The moment the test sets, read by the server at every refresh, and what it reported.
    final class Clock: @unchecked Sendable {
        private let lock = NSLock()
        private var current = Moment(asOf)
        private var reports: [PreviewSite.Refresh] = []
        var moment: Moment {
            get { lock.withLock { current } }
            set { lock.withLock { current = newValue } }
        }
        var refreshes: [PreviewSite.Refresh] { lock.withLock { reports } }
        func record(_ refresh: PreviewSite.Refresh) { lock.withLock { reports.append(refresh) } }
    }

    /// A preview of one incident open since 2026-12-03 10:00, in a folder of its own.
    static func siteWithAnOngoingIncident(_ name: String) throws -> PreviewSite {
        let root = try Fixtures.temporaryDirectory(name)
        let incidents = root.appendingPathComponent("incidents")
        try FileManager.default.createDirectory(at: incidents, withIntermediateDirectories: true)
        try "---\ntitle: Nog bezig\nservices: [orders]\n---\n## 2026-12-03 10:00 — Onderzoek\n\nWe kijken.\n"
            .write(to: incidents.appendingPathComponent("ongoing.md"), atomically: true, encoding: .utf8)
        return PreviewSite(
            incidentsDirectory: incidents.path, siteDirectory: root.appendingPathComponent("site").path,
            outputDirectory: root.appendingPathComponent("public").path)
    }

    @Test func theServedSiteMovesToTheNextMomentWithoutASave() async throws {
        let site = try Self.siteWithAnOngoingIncident("preview-clock")
        let clock = Clock()
        var server = PreviewServer(site: site, port: 0)
        // Only the moment's end can wake the watcher within this test.
        server.fallbackInterval = .seconds(600)
        let running = Task {
            try await server.run(
                moment: { _ in clock.moment },
                // Each moment ends 0.2 s after it is asked: the test's "minute".
                momentEnds: { _ in Date().addingTimeInterval(0.2) },
                ready: { _ in }, rebuilt: { clock.record($0) })
        }
        defer { running.cancel() }
        try await waitUntil { clock.refreshes.count == 1 }
        let later = Self.asOf.addingTimeInterval(60)
        let before = String(decoding: site.response(for: "/").body, as: UTF8.self)
        #expect(!before.contains(RFC3339.string(from: later, in: .amsterdam)))

        clock.moment = Moment(later)
        try await waitUntil { clock.refreshes.count == 2 }
        let moved = try #require(clock.refreshes.last)
        #expect(moved.followedTheClock)
        #expect(moved.reparsed.isEmpty)
        #expect(moved.changedFiles.contains("index.html"), "the ongoing incident's window grew: \(moved.changedFiles)")
        let after = String(decoding: site.response(for: "/").body, as: UTF8.self)
        #expect(after.contains(RFC3339.string(from: later, in: .amsterdam)), "the front page states the new moment")
    }

    /// The next moment's files are made before it starts and only put in place as it
    /// does: a move reports them made ahead. Moments here are the real clock's tens of
    /// seconds, so that the server can tell which moment comes next, and made 4 s ahead:
    /// beside the whole suite on two cores, a debug render can take seconds.
    @Test func theNextMomentIsMadeAheadAndPutInPlaceAsItStarts() async throws {
        let site = try Self.siteWithAnOngoingIncident("preview-ahead")
        let clock = Clock()
        var server = PreviewServer(site: site, port: 0)
        server.fallbackInterval = .seconds(600)
        server.preparesAhead = .seconds(4)
        let running = Task {
            try await server.run(
                moment: { date in Moment(Date(timeIntervalSince1970: (date.timeIntervalSince1970 / 10).rounded(.down) * 10)) },
                momentEnds: { $0.instant.addingTimeInterval(10) },
                ready: { _ in }, rebuilt: { clock.record($0) })
        }
        defer { running.cancel() }
        try await waitUntil { clock.refreshes.contains { $0.madeAhead } }
        let madeAhead = clock.refreshes.first { $0.madeAhead }
        let moved = try #require(madeAhead)
        #expect(moved.followedTheClock && moved.reparsed.isEmpty)
        #expect(moved.changedFiles.contains("api/excused.json"), "the ongoing window grew: \(moved.changedFiles)")
    }

    /// Polls `condition` for up to `limit`. The limit is generous: the whole suite runs at
    /// once beside this test, on as few as two cores, and the server's renders wait their
    /// turn for the same threads as every other test.
    private func waitUntil(
        within limit: Duration = .seconds(120), sourceLocation: Testing.SourceLocation = #_sourceLocation, _ condition: () -> Bool
    ) async throws {
        let start = ContinuousClock.now
        while !condition() {
            guard ContinuousClock.now - start < limit else {
                Issue.record("not within \(limit)", sourceLocation: sourceLocation)
                return
            }
            try await Task.sleep(for: .milliseconds(20))
        }
    }
}
