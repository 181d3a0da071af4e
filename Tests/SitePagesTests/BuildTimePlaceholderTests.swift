import Foundation
import OutputEncoding
import SiteContent
import Testing

@testable import SitePages

/// `storingen serve` plans pages with placeholders for the build time and fills them in as
/// it sends a page: filled in, every page is the page `build` writes, with the built-in
/// theme and with ejected templates (whose `{{ }}` escaping must leave a placeholder be).
struct BuildTimePlaceholderTests {
    let snapshot: SiteSnapshot

    init() throws {
        snapshot = FixtureSite.snapshot(try FixtureSite.incidents())
    }

    @discardableResult
    func expectFilledPagesEqualWrittenOnes(themeDirectory: URL?, snapshot: SiteSnapshot? = nil) -> [OutputFile] {
        let snapshot = snapshot ?? self.snapshot
        let (theme, diagnostics) = ThemeLoader.load(overrides: themeDirectory)
        #expect(diagnostics.isEmpty)
        let written = SitePages.plan(snapshot, theme: theme, concurrently: false).files(concurrently: false)
        let placeholders = SitePages.plan(snapshot, theme: theme, concurrently: false, buildTime: .placeholders)
            .files(concurrently: false)
        #expect(placeholders.map(\.path) == written.map(\.path))
        let stamps = SitePages.buildTimeStamps(snapshot)
        var withPlaceholders = 0
        for (page, expected) in zip(placeholders, written) where page.mediaType == .html {
            if page.contents != expected.contents { withPlaceholders += 1 }
            #expect(stamps.fill(page.contents) == expected.contents, "\(page.path)")
        }
        #expect(withPlaceholders > 30, "pages state the build time through placeholders")
        return placeholders
    }

    @Test func filledInPlaceholdersGiveTheBuiltInThemesPages() {
        expectFilledPagesEqualWrittenOnes(themeDirectory: nil)
    }

    @Test func filledInPlaceholdersGiveAnEjectedThemesPages() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sitepages-stamps-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try ThemeEjector.eject([], into: folder)
        expectFilledPagesEqualWrittenOnes(themeDirectory: folder)
    }

    /// A window still running ends at the moment described; a page of a period that has
    /// ended states that end through a placeholder, in both themes.
    @Test func aWindowRunningThroughPastPeriodsEndsAtTheMomentsPlaceholder() throws {
        let running = FixtureSite.snapshot(try FixtureSite.incidents() + [FixtureSite.forgottenResolution()])
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sitepages-moment-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try ThemeEjector.eject([], into: folder)
        for theme in [nil, folder] {
            let pages = expectFilledPagesEqualWrittenOnes(themeDirectory: theme, snapshot: running)
            let past = try #require(pages.first { $0.path == "norms/returns/2023-11/index.html" })
            let text = String(decoding: past.contents, as: UTF8.self)
            #expect(text.contains(BuildTimeStamps.placeholder(PageBuilder.momentDatetime)))
            #expect(text.contains(BuildTimeStamps.placeholder(PageBuilder.momentText(.nl))))
        }
    }
}
