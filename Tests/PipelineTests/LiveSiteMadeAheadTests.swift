import Foundation
import IncidentModel
import Pipeline
import Testing
import TestSupport

/// `serve` at now makes the next minute's files shortly before it starts
/// (`LiveSite.prepare(at:)`): nothing of them is served early, they go in place as the
/// minute starts, and a save before it renders as if they had never been made.
extension LiveSiteTests {
    @Test func aMinuteMadeAheadIsServedOnlyOnceItStarts() async throws {
        var (_, location, output, live) = try liveSiteWithForgottenResolution()
        let servedBefore = served(live)
        let inodesBefore = inodes(output)
        let later = Self.asOf.addingTimeInterval(60)
        let made = live.prepare(at: Moment(later))
        let madeAgain = live.prepare(at: Moment(later))
        #expect(made && !madeAgain, "made once")
        #expect(served(live) == servedBefore, "nothing of the next minute is served before it starts")
        #expect(inodes(output).filter { inodesBefore[$0.key] != nil }.allSatisfy { inodesBefore[$0.key] == $0.value },
                "no file in place was replaced")

        let refreshed = live.refresh(at: Moment(later), changedFiles: [])
        let moved = try #require(refreshed)
        #expect(moved.madeAhead && moved.followedTheClock)
        let written = Set(inodes(output).filter { inodesBefore[$0.key] != $0.value }.keys)
        #expect(written == Set(moved.changedFiles))
        #expect(written.contains("norms/returns/2026-12/index.html"), "the running period's excused time grew")
        try await expectMatchesCleanBuild(live, location, asOf: later, output: output, "the minute made ahead")
    }

    /// A save before the prepared minute renders at its own minute: the files made ahead
    /// are removed, and the save changes exactly the files it changes without them.
    @Test func aSaveBeforeThePreparedMinuteRendersAsIfNothingWasMadeAhead() async throws {
        var (root, location, output, live) = try liveSiteWithForgottenResolution()
        var twin = LiveSite(location: location, outputDirectory: root.appendingPathComponent("twin").path)
        _ = twin.refresh(at: Moment(Self.asOf))
        let later = Self.asOf.addingTimeInterval(60)
        let made = live.prepare(at: Moment(later))
        #expect(made)

        let file = root.appendingPathComponent("incidents/2024/2024-12-30-retouren-niet-zichtbaar.md")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: "title: ", with: "title: Bijgewerkt – ").write(to: file, atomically: true, encoding: .utf8)
        let refreshed = live.refresh(at: Moment(Self.asOf), changedFiles: [file.path])
        let saved = try #require(refreshed)
        let twinRefreshed = twin.refresh(at: Moment(Self.asOf), changedFiles: [file.path])
        let twinSaved = try #require(twinRefreshed)
        #expect(!saved.madeAhead)
        #expect(saved.changedFiles == twinSaved.changedFiles, "the same files as a site that made nothing ahead")
        #expect(!saved.changedFiles.contains("norms/returns/2026-12/index.html"), "the minute did not move")
        try await expectMatchesCleanBuild(live, location, output: output, "a save before the prepared minute")

        let movedOn = live.refresh(at: Moment(later), changedFiles: [])
        let moved = try #require(movedOn)
        #expect(!moved.madeAhead)
        #expect(moved.changedFiles.contains("norms/returns/2026-12/index.html"))
        await expect(served(live), equalCleanBuildOf: location, asOf: later, "the minute after the save")
    }

    /// A save as the prepared minute starts renders over the files made ahead.
    @Test func aSaveAsThePreparedMinuteStartsRendersOverIt() async throws {
        var (root, location, output, live) = try liveSiteWithForgottenResolution()
        let later = Self.asOf.addingTimeInterval(60)
        let made = live.prepare(at: Moment(later))
        #expect(made)
        let inodesBefore = inodes(output)
        let contentsBefore = FileTree.contents(of: output)
        let file = root.appendingPathComponent("incidents/2024/2024-12-30-retouren-niet-zichtbaar.md")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: "title: ", with: "title: Bijgewerkt – ").write(to: file, atomically: true, encoding: .utf8)
        let refreshed = live.refresh(at: Moment(later), changedFiles: [file.path])
        let saved = try #require(refreshed)
        #expect(saved.madeAhead && !saved.followedTheClock)
        #expect(saved.reparsed.count == 1)
        // A file written twice (made ahead, then by the save) may get its first inode back.
        let contents = FileTree.contents(of: output)
        let written = Set(inodes(output).filter { inodesBefore[$0.key] != $0.value || contentsBefore[$0.key] != contents[$0.key] }.keys)
        #expect(written == Set(saved.changedFiles), "written only: \(written.subtracting(saved.changedFiles).sorted()), changed only: \(Set(saved.changedFiles).subtracting(written).sorted())")
        #expect(written.isSuperset(of: ["norms/returns/2026-12/index.html", "incidents/2024-12-30-retouren-niet-zichtbaar/index.html"]))
        try await expectMatchesCleanBuild(live, location, asOf: later, output: output, "a save as the prepared minute starts")
    }

    /// New settings before the prepared minute: the files made ahead are removed with the
    /// rest of the old settings' site.
    @Test func aSettingsChangeThrowsTheMinuteMadeAheadAway() async throws {
        var (root, location, output, live) = try liveSiteWithForgottenResolution()
        let made = live.prepare(at: Moment(Self.asOf.addingTimeInterval(60)))
        #expect(made)
        let settings = root.appendingPathComponent("site/site.yml")
        let text = try String(contentsOf: settings, encoding: .utf8)
        try text.replacingOccurrences(of: "nl: Actuele storingen", with: "nl: Storingen vandaag").write(to: settings, atomically: true, encoding: .utf8)
        live.reloadSettings()
        let refreshed = live.refresh(at: Moment(Self.asOf))
        #expect(refreshed?.madeAhead == false)
        try await expectMatchesCleanBuild(live, location, output: output, "new settings before the prepared minute")
    }
}
