import Foundation
import OutputEncoding
import SiteContent
import Testing

@testable import SitePages

/// `storingen theme eject` promises that an ejected, unmodified template renders what the
/// built-in typed renderer writes. These tests eject every template into a theme folder,
/// render the fixture site with it and without it, and compare every file byte for byte:
/// every page kind, in both languages (the 404 page exists in the default language only).
@Suite struct EjectedThemeTests {
    /// A fresh folder per test, removed afterwards.
    final class Folder {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sitepages-eject-\(UUID().uuidString)")

        deinit { try? FileManager.default.removeItem(at: url) }

        func write(_ files: [String: String]) throws {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            for (name, text) in files { try Data(text.utf8).write(to: url.appendingPathComponent(name)) }
        }
    }

    let snapshot: SiteSnapshot

    init() throws {
        snapshot = FixtureSite.snapshot(try FixtureSite.incidents())
    }

    @Test func ejectedTemplatesRenderEveryPageAsBuiltIn() throws {
        let folder = Folder()
        let written = try ThemeEjector.eject([], into: folder.url)
        #expect(written.map(\.lastPathComponent) == ThemeEjector.names.map { $0 + ".mustache" })
        try expectOverridesEverything(folder)
        try expectSameFiles(snapshot, ejected: folder.url, builtIn: nil)
    }

    /// Many incidents reach what the fixture's five do not: front-page sections that
    /// overflow into rows, long archives, norms with many windows and periods.
    @Test func ejectedTemplatesRenderAManyIncidentSiteAsBuiltIn() throws {
        let folder = Folder()
        _ = try ThemeEjector.eject([], into: folder.url)
        let many = FixtureSite.snapshot(try SyntheticCorpus.incidents(count: 60))
        try expectSameFiles(many, ejected: folder.url, builtIn: nil)
    }

    /// A window of twenty incidents: the period page's list of incidents not spelled out.
    @Test func ejectedTemplatesRenderABusyWindowAsBuiltIn() throws {
        let folder = Folder()
        _ = try ThemeEjector.eject([], into: folder.url)
        try expectSameFiles(FixtureSite.snapshot(BusyPeriodExplanationTests.incidents()), ejected: folder.url, builtIn: nil)
    }

    /// `head.html`, `header.html` and `footer.html` land where the built-in layout puts
    /// them, with and without a final line break.
    @Test func ejectedLayoutPlacesSlotsAsBuiltIn() throws {
        let slots = ["head.html": "<meta name=\"x\" content=\"1\">", "header.html": "<img src=\"/logo.svg\" alt=\"\">\n", "footer.html": "<p>Contact</p>"]
        let builtIn = Folder(), ejected = Folder()
        try builtIn.write(slots)
        try ejected.write(slots)
        _ = try ThemeEjector.eject(["layout"], into: ejected.url)
        try expectSameFiles(snapshot, ejected: ejected.url, builtIn: builtIn.url)
    }

    @Test func everyPageKindIsCoveredInBothLanguages() {
        let kinds = Set(PagePlan(snapshot: snapshot).pages.map { "\(type(of: $0.kind).templateName)/\($0.language)" })
        let expected = Set(PageKinds.all.flatMap { kind in
            kind.isTranslated ? ["\(kind.templateName)/0", "\(kind.templateName)/1"] : ["\(kind.templateName)/0"]
        })
        #expect(kinds == expected)
    }

    @Test func ejectRefusesToOverwriteAndWritesNothing() throws {
        let folder = Folder()
        try folder.write(["incident.mustache": "mine\n"])
        #expect(throws: ThemeEjectError.exists(path: folder.url.appendingPathComponent("incident.mustache").relativePath)) {
            try ThemeEjector.eject(["home", "incident"], into: folder.url)
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.url.path)
        #expect(names == ["incident.mustache"])
        #expect(try String(contentsOf: folder.url.appendingPathComponent("incident.mustache"), encoding: .utf8) == "mine\n")
    }

    @Test func unknownNameListsTheValidOnes() {
        #expect(throws: ThemeEjectError.unknownName("homepage", valid: ThemeEjector.names)) {
            try ThemeEjector.eject(["homepage"], into: Folder().url)
        }
        #expect(ThemeEjector.names.first == "home" && ThemeEjector.names.contains("layout") && ThemeEjector.names.contains("day-bar"))
    }

    /// The folder really replaces every page, the frame and every fragment, so the
    /// comparison is not the built-in theme against itself.
    private func expectOverridesEverything(_ folder: Folder) throws {
        let (theme, diagnostics) = ThemeLoader.load(overrides: folder.url)
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.description))")
        let overrides = try #require(theme.overrides)
        #expect(overrides.pages == Set(PageKinds.templateNames))
        #expect(overrides.fragments == Set(ThemeFragment.allCases))
        #expect(overrides.frame != nil)
    }

    /// Every file of the render with `ejected` equals the one with `builtIn`; a difference
    /// fails with the page and its first differing line.
    private func expectSameFiles(_ snapshot: SiteSnapshot, ejected: URL, builtIn: URL?) throws {
        let expected = SitePages.render(snapshot, themeDirectory: builtIn)
        let actual = SitePages.render(snapshot, themeDirectory: ejected)
        #expect(actual.diagnostics.isEmpty, "\(actual.diagnostics.map(\.description))")
        #expect(actual.files.map(\.path) == expected.files.map(\.path))
        let pages = expected.files.filter { $0.mediaType == .html }
        #expect(pages.count > 30)
        let actualFiles = FixtureSite.texts(of: actual.files)
        var differing = 0
        for page in pages {
            let want = String(decoding: page.contents, as: UTF8.self)
            let got = try #require(actualFiles[page.path], "no \(page.path) with the ejected theme")
            if let difference = Self.firstDifference(want, got) {
                differing += 1
                Issue.record("\(page.path) differs from the built-in page: \(difference)")
            }
        }
        #expect(differing == 0, "\(differing) of \(pages.count) pages differ")
    }

    /// "line 12:\n  built-in: …\n  ejected:  …", or nil when the texts are equal.
    static func firstDifference(_ expected: String, _ actual: String) -> String? {
        guard expected != actual else { return nil }
        let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let got = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let line = zip(want, got).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(want.count, got.count)
        func text(_ lines: [Substring]) -> String { line < lines.count ? "\(lines[line])" : "(end of page)" }
        return "line \(line + 1):\n  built-in: \(text(want))\n  ejected:  \(text(got))"
    }
}
