import Foundation
import IncidentModel
import OutputEncoding
import Pipeline
import Testing
import TestSupport

/// `storingen serve`'s pipeline kept in memory: whatever is edited, added or deleted,
/// every file it serves (and writes) is byte for byte what a clean build gives, and an
/// edit makes again only the files that show the edited incident.
struct LiveSiteTests {
    static let asOf = Date(timeIntervalSince1970: 1_796_299_200)  // 2026-12-03 12:00 UTC

    /// The repository's example incidents and site.yml, copied to a folder of their own.
    func project() throws -> (root: URL, location: ProjectLoader.Location) {
        let root = try Fixtures.temporaryDirectory("live-site")
        let repository = Fixtures.repositoryRoot()
        for folder in ["incidents", "site"] {
            try FileManager.default.copyItem(at: repository.appendingPathComponent(folder), to: root.appendingPathComponent(folder))
        }
        try? FileManager.default.removeItem(at: root.appendingPathComponent("site/public"))
        return (root, ProjectLoader.Location(
            incidentsDirectory: root.appendingPathComponent("incidents").path, siteDirectory: root.appendingPathComponent("site").path))
    }

    /// What `storingen build` makes of the folder now.
    func cleanBuild(_ location: ProjectLoader.Location, asOf: Date = asOf) async -> [String: Data] {
        let project = await ProjectLoader.load(location, at: Moment(asOf), purpose: .publish)
        let errors = project.diagnostics.filter { $0.severity == .error }.map(\.description)
        #expect(errors.isEmpty, "\(errors)")
        return Dictionary(uniqueKeysWithValues: project.renderSite().files().map { ($0.path, $0.contents) })
    }

    /// Every file the live site serves, as `serve` answers it (read from its output folder).
    func served(_ live: LiveSite) -> [String: Data] {
        Dictionary(uniqueKeysWithValues: live.mediaTypes.keys.compactMap { path in live.file(at: path).map { (path, $0.contents) } })
    }

    func expectMatchesCleanBuild(
        _ live: LiveSite, _ location: ProjectLoader.Location, asOf: Date = asOf, output: URL, _ step: String
    ) async throws {
        let files = served(live)
        #expect(files.count == live.mediaTypes.count, "after \(step), a file the site names cannot be read")
        await expect(files, equalCleanBuildOf: location, asOf: asOf, "after \(step)")
        #expect(Set(FileTree.contents(of: output).keys) == Set(files.keys), "after \(step), the output folder holds files the site does not name")
    }

    /// `files`, as served, are file for file what a clean build at `asOf` makes.
    func expect(_ files: [String: Data], equalCleanBuildOf location: ProjectLoader.Location, asOf: Date = asOf, _ step: String) async {
        let clean = await cleanBuild(location, asOf: asOf)
        let differing = Set(clean.keys).union(files.keys).filter { clean[$0] != files[$0] }.sorted()
        #expect(differing.isEmpty, "\(step), served files differ from a clean build: \(differing.prefix(10))")
    }

    /// Each output file's inode: writing a file (a new file renamed over it) gives it a new one.
    func inodes(_ output: URL) -> [String: UInt64] {
        Dictionary(uniqueKeysWithValues: FileTree.contents(of: output).keys.compactMap { path in
            var status = stat()
            return stat(output.path + "/" + path, &status) == 0 ? (path, UInt64(status.st_ino)) : nil
        })
    }

    /// The example project plus an incident open since September whose "Opgelost" was
    /// forgotten, rendered once at `asOf`.
    func liveSiteWithForgottenResolution() throws -> (root: URL, location: ProjectLoader.Location, output: URL, live: LiveSite) {
        let (root, location) = try project()
        let output = root.appendingPathComponent("public")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("incidents/2026"), withIntermediateDirectories: true)
        try ForgottenResolution.markdown(opened: "2026-09-01 10:00")
            .write(to: root.appendingPathComponent("incidents/2026/2026-09-01-vergeten.md"), atomically: true, encoding: .utf8)
        var live = LiveSite(location: location, outputDirectory: output.path)
        _ = live.refresh(at: Moment(Self.asOf))
        return (root, location, output, live)
    }

    @Test func everyServedFileEqualsACleanBuildAfterEachEdit() async throws {
        let (root, location) = try project()
        let output = root.appendingPathComponent("public")
        var live = LiveSite(location: location, outputDirectory: output.path)
        let firstRefresh = live.refresh(at: Moment(Self.asOf))
        let first = try #require(firstRefresh)
        #expect(first.changedFiles.count == live.mediaTypes.count)
        try await expectMatchesCleanBuild(live, location, output: output, "the first build")

        let incidents = root.appendingPathComponent("incidents")
        let edits: [(String, () throws -> Void)] = [
            ("a title edit", {
                let file = incidents.appendingPathComponent("2024/2024-12-30-retouren-niet-zichtbaar.md")
                let text = try String(contentsOf: file, encoding: .utf8)
                try text.replacingOccurrences(of: "title: ", with: "title: Bijgewerkt – ").write(to: file, atomically: true, encoding: .utf8)
            }),
            ("a service added to an incident, which keeps its place", {
                let file = incidents.appendingPathComponent("2024/2024-12-30-retouren-niet-zichtbaar.md")
                let text = try String(contentsOf: file, encoding: .utf8)
                try text.replacingOccurrences(of: "services: [returns]", with: "services: [returns, orders]")
                    .write(to: file, atomically: true, encoding: .utf8)
            }),
            ("a new ongoing incident", {
                try """
                    ---
                    title: Nieuwe storing bij bestellingen
                    services: [orders]
                    ---

                    ## 2026-12-03 09:15 — Storing

                    Bestellingen komen vertraagd binnen.

                    """.write(to: incidents.appendingPathComponent("2026/2026-12-03-nieuw.md"), atomically: true, encoding: .utf8)
            }),
            ("resolving it", {
                let file = incidents.appendingPathComponent("2026/2026-12-03-nieuw.md")
                let text = try String(contentsOf: file, encoding: .utf8)
                try text.replacingOccurrences(of: "---\n\n## 2026-12-03 09:15", with: "---\n\n## 2026-12-03 11:00 — Opgelost\n\nVerholpen.\n\n## 2026-12-03 09:15")
                    .write(to: file, atomically: true, encoding: .utf8)
            }),
            ("reopening it", {
                let file = incidents.appendingPathComponent("2026/2026-12-03-nieuw.md")
                let text = try String(contentsOf: file, encoding: .utf8)
                try text.replacingOccurrences(of: "---\n\n## 2026-12-03 11:00", with: "---\n\n## 2026-12-03 11:40 — Storing\n\nHet probleem is terug.\n\n## 2026-12-03 11:00")
                    .write(to: file, atomically: true, encoding: .utf8)
            }),
            ("deleting an incident", {
                try FileManager.default.removeItem(at: incidents.appendingPathComponent("2023/2023-12-13-bestellingen.md"))
            }),
        ]
        for (step, edit) in edits {
            let before = FileTree.contents(of: output)
            let inodesBefore = inodes(output)
            try edit()
            let refreshed = live.refresh(at: Moment(Self.asOf))
            let refresh = try #require(refreshed, "\(step) was not noticed")
            let after = FileTree.contents(of: output)
            let changed = Set(before.keys).union(after.keys).filter { before[$0] != after[$0] }
            #expect(Set(refresh.changedFiles) == changed.filter { after[$0] != nil }, "after \(step)")
            let written = Set(inodes(output).filter { inodesBefore[$0.key] != $0.value }.keys)
            #expect(written == changed.filter { after[$0] != nil }, "after \(step), the files written are the files that changed")
            #expect(refresh.changedFiles.count < after.count / 2, "after \(step), most files stay as they were")
            try await expectMatchesCleanBuild(live, location, output: output, step)
        }
    }

    /// A save in a new minute: every page states the new build time, as a clean build's
    /// do, yet only the files the edit changed are written, since the server fills the
    /// time in as it reads a page.
    @Test func aSaveInANewMinuteWritesOnlyWhatTheEditChanged() async throws {
        let (root, location) = try project()
        let output = root.appendingPathComponent("public")
        var live = LiveSite(location: location, outputDirectory: output.path)
        _ = live.refresh(at: Moment(Self.asOf))
        let servedBefore = served(live)
        let inodesBefore = inodes(output)
        let file = root.appendingPathComponent("incidents/2024/2024-12-30-retouren-niet-zichtbaar.md")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: "title: ", with: "title: Bijgewerkt – ").write(to: file, atomically: true, encoding: .utf8)
        let later = Self.asOf.addingTimeInterval(7 * 60)
        let refreshed = live.refresh(at: Moment(later))
        let refresh = try #require(refreshed)
        let written = Set(inodes(output).filter { inodesBefore[$0.key] != $0.value }.keys)
        #expect(written == Set(refresh.changedFiles))
        #expect(written.contains("incidents/2024-12-30-retouren-niet-zichtbaar/index.html"))
        #expect(written.count < live.mediaTypes.count / 2, "\(written.count) of \(live.mediaTypes.count) files written")
        // An embed banner states when the site was built through the placeholder too, and
        // the edited incident is not open: no banner changes.
        #expect(!written.contains { $0.hasPrefix("embed/") }, "\(written.filter { $0.hasPrefix("embed/") }.sorted())")
        // A period file states its moment through a placeholder too: only one with a window
        // still running (this week's) changes with the minute.
        let periodFiles = live.mediaTypes.keys.filter { $0.hasPrefix("api/excused/") && $0.split(separator: "/").count == 4 }
        #expect(periodFiles.count > 5 && written.filter(periodFiles.contains).count <= 1, "\(written.filter(periodFiles.contains))")
        let files = served(live)
        let pages = files.keys.filter { $0.hasSuffix(".html") && !$0.hasPrefix("embed/") }
        #expect(!pages.isEmpty && pages.allSatisfy { files[$0] != servedBefore[$0] }, "every page states the new build time")
        #expect(!(pages + periodFiles).contains { files[$0]!.contains(0) }, "no placeholder is left in a served file")
        await expect(files, equalCleanBuildOf: location, asOf: later, "7 minutes later")
    }

    /// An incident whose resolution was forgotten runs to the moment described, through
    /// every period since it opened. A page of a period that has ended states that moment
    /// with a placeholder, so at a later minute it is neither written nor wrong: only
    /// periods still running change. Also across the end of office hours, where the
    /// phone norm's window stops running with the clock.
    @Test func aWindowOpenForMonthsLeavesItsPastPeriodsAlone() async throws {
        var (root, location, output, live) = try liveSiteWithForgottenResolution()
        let pastPeriods = live.mediaTypes.keys.filter { path in
            ["norms/returns/2026-10/index.html", "en/norms/returns/2026-09/index.html", "api/excused/returns/2026-10.json",
             "norms/phone-reachability/2026-10/index.html"].contains(path)
                || ((40...48).contains { path.contains("2026-W\($0)") } && (path.hasPrefix("norms/") || path.hasPrefix("api/excused/")))
        }
        #expect(pastPeriods.count >= 30, "\(pastPeriods.sorted())")
        let file = root.appendingPathComponent("incidents/2024/2024-12-30-retouren-niet-zichtbaar.md")
        let text = try String(contentsOf: file, encoding: .utf8)
        // 7 minutes later, then after office hours (17:00 Amsterdam), then the next morning.
        for (step, minutes) in [7, 5 * 60, 21 * 60].enumerated() {
            let later = Self.asOf.addingTimeInterval(Double(minutes) * 60)
            try text.replacingOccurrences(of: "title: ", with: "title: Bijgewerkt \(step) – ").write(to: file, atomically: true, encoding: .utf8)
            let inodesBefore = inodes(output)
            let refreshed = live.refresh(at: Moment(later))
            let refresh = try #require(refreshed)
            let written = Set(inodes(output).filter { inodesBefore[$0.key] != $0.value }.keys)
            #expect(written == Set(refresh.changedFiles))
            #expect(written.intersection(pastPeriods).isEmpty, "at +\(minutes) min: \(written.intersection(pastPeriods).sorted())")
            #expect(written.contains("norms/returns/2026-12/index.html"), "the running period's excused time grew")
            let files = served(live)
            let page = try #require(files["norms/returns/2026-10/index.html"].map { String(decoding: $0, as: UTF8.self) })
            #expect(page.contains(RFC3339.string(from: later, in: .amsterdam)), "a past period's page states the moment described")
            await expect(files, equalCleanBuildOf: location, asOf: later, "at +\(minutes) min")
        }
    }

    /// At now, `serve` moves the site to each minute as it starts, without a save: the
    /// site is a clean build's at that minute, only the files the moment changed are
    /// written, the same moment again renders nothing, and a save afterwards makes only
    /// what it changed. While the site has errors, a new moment alone renders nothing.
    @Test func aNewMomentWithoutASaveMovesTheSiteOn() async throws {
        var (root, location, output, live) = try liveSiteWithForgottenResolution()
        let later = Self.asOf.addingTimeInterval(60)
        let inodesBefore = inodes(output)
        let refreshed = live.refresh(at: Moment(later), changedFiles: [])
        let moved = try #require(refreshed, "a new minute renders")
        #expect(moved.followedTheClock)
        #expect(moved.reparsed.isEmpty)
        let written = Set(inodes(output).filter { inodesBefore[$0.key] != $0.value }.keys)
        #expect(written == Set(moved.changedFiles))
        #expect(written.contains("norms/returns/2026-12/index.html"), "the running period's excused time grew")
        #expect(written.count < live.mediaTypes.count / 4, "\(written.count) of \(live.mediaTypes.count) files written")
        await expect(served(live), equalCleanBuildOf: location, asOf: later, "a minute later, without a save")
        let again = live.refresh(at: Moment(later), changedFiles: [])
        #expect(again == nil, "the same minute again: nothing to do")

        let file = root.appendingPathComponent("incidents/2024/2024-12-30-retouren-niet-zichtbaar.md")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: "title: ", with: "title: Bijgewerkt – ").write(to: file, atomically: true, encoding: .utf8)
        let refreshedAfterSave = live.refresh(at: Moment(later), changedFiles: [file.path])
        let saved = try #require(refreshedAfterSave)
        #expect(!saved.followedTheClock)
        #expect(!saved.changedFiles.contains("norms/returns/2026-12/index.html"), "the minute's work was done before the save")
        await expect(served(live), equalCleanBuildOf: location, asOf: later, "a save in that minute")

        try text.replacingOccurrences(of: "services: [", with: "services: [nergens, ").write(to: file, atomically: true, encoding: .utf8)
        let refreshedBroken = live.refresh(at: Moment(later), changedFiles: [file.path])
        let broken = try #require(refreshedBroken)
        #expect(broken.errors > 0)
        let whileBroken = live.refresh(at: Moment(later.addingTimeInterval(60)), changedFiles: [])
        #expect(whileBroken == nil, "errors stay until a file changes")
    }

    /// A change to `site.yml` renders everything anew, and the site is still a clean build's.
    @Test func aSettingsChangeGivesACleanBuildsSite() async throws {
        let (root, location) = try project()
        let output = root.appendingPathComponent("public")
        var live = LiveSite(location: location, outputDirectory: output.path)
        _ = live.refresh(at: Moment(Self.asOf))
        let settings = root.appendingPathComponent("site/site.yml")
        let text = try String(contentsOf: settings, encoding: .utf8)
        try text.replacingOccurrences(of: "nl: Actuele storingen", with: "nl: Storingen vandaag").write(to: settings, atomically: true, encoding: .utf8)
        let before = FileTree.contents(of: output)
        live.reloadSettings()
        let refreshed = live.refresh(at: Moment(Self.asOf))
        let refresh = try #require(refreshed)
        let after = FileTree.contents(of: output)
        #expect(after["index.html"] != before["index.html"], "the front page has the new title")
        let changed = Set(after.keys).filter { before[$0] != after[$0] }
        #expect(Set(refresh.changedFiles) == changed, "the files new settings changed, no more")
        try await expectMatchesCleanBuild(live, location, output: output, "a site.yml change")
    }

    /// An update written ahead goes live when its time comes, although no file changed:
    /// the preview moves with the clock as the hourly build does.
    @Test func anUpdateWrittenAheadAppearsWhenItsTimeHasCome() async throws {
        let (root, location) = try project()
        var live = LiveSite(location: location, outputDirectory: root.appendingPathComponent("public").path)
        try """
            ---
            title: Gepland bericht
            services: [orders]
            ---

            ## 2026-12-03 14:00 — Onderzoek

            Geschreven voor later.
            """.write(to: root.appendingPathComponent("incidents/later.md"), atomically: true, encoding: .utf8)
        _ = live.refresh(at: Moment(Self.asOf))
        #expect(live.file(at: "incidents/later/index.html") == nil, "13:00 in Amsterdam: not written yet")
        let refreshedAtHalfPast = live.refresh(at: Moment(Self.asOf.addingTimeInterval(1_800)))
        let halfPast = try #require(refreshedAtHalfPast, "a new moment renders")
        #expect(halfPast.followedTheClock)
        #expect(live.file(at: "incidents/later/index.html") == nil, "nothing is due at 13:30")
        let refreshed = live.refresh(at: Moment(Self.asOf.addingTimeInterval(3_600)))
        let due = try #require(refreshed, "due at 14:00")
        #expect(due.reparsed.isEmpty)
        #expect(!due.followedTheClock, "an update came due")
        #expect(due.changedFiles.contains("incidents/later/index.html"))
        await expect(served(live), equalCleanBuildOf: location, asOf: Self.asOf.addingTimeInterval(3_600), "at 14:00")
    }
}
