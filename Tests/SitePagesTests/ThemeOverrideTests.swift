import Foundation
import IncidentModel
import SiteContent
import Testing
import TestSupport

@testable import SitePages

/// Files in `site/theme/` replace built-in theme files of the same name; a broken one is
/// reported with its location and the built-in file is used instead.
@Suite struct ThemeOverrideTests {
    /// A fresh folder per test, removed afterwards.
    final class ThemeFolder {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sitepages-theme-\(UUID().uuidString)")

        init(_ files: [String: String]) throws {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            for (name, text) in files {
                try Data(text.utf8).write(to: url.appendingPathComponent(name))
            }
        }

        func path(_ name: String) -> String { url.appendingPathComponent(name).path }

        deinit { try? FileManager.default.removeItem(at: url) }
    }

    let snapshot: SiteSnapshot

    init() throws {
        snapshot = FixtureSite.snapshot(try FixtureSite.incidents())
    }

    @Test func overrideTemplateReplacesTheBuiltInOne() throws {
        let folder = try ThemeFolder([
            "not-found.mustache": "{{<layout}}{{$main}}<h1>Eigen 404: {{heading}}</h1>{{/main}}{{/layout}}\n",
            "style.css": "body { color: rebeccapurple; }\n",
        ])
        let (files, diagnostics) = SitePages.render(snapshot, themeDirectory: folder.url)
        #expect(diagnostics.isEmpty)
        let texts = FixtureSite.texts(of: files)
        let notFound = try #require(texts["404.html"])
        #expect(notFound.contains("<h1>Eigen 404: Pagina niet gevonden</h1>"))
        #expect(notFound.contains("<!doctype html>"), "the override still extends the built-in layout")
        #expect(texts["style.css"] == "body { color: rebeccapurple; }\n")
        #expect(texts["index.html"]?.contains("Eigen 404") == false, "other pages keep the built-in templates")
    }

    @Test func overridePartialIsUsedByBuiltInPages() throws {
        let folder = try ThemeFolder(["incident-row.mustache": "<li class=\"eigen\">{{title}}</li>\n"])
        let (files, diagnostics) = SitePages.render(snapshot, themeDirectory: folder.url)
        #expect(diagnostics.isEmpty)
        let archive = try #require(FixtureSite.texts(of: files)["archive/index.html"])
        #expect(archive.contains("<li class=\"eigen\">Telefonie verbindt klanten niet door</li>"))
    }

    @Test func brokenOverrideIsADiagnosticWithItsLocation() throws {
        let folder = try ThemeFolder(["home.mustache": "{{<layout}}\n{{$main}}\n<h1>{{heading}</h1>\n{{/main}}\n{{/layout}}\n"])
        let (files, diagnostics) = SitePages.render(snapshot, themeDirectory: folder.url)
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostics.count == 1)
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.location.path == folder.path("home.mustache"))
        #expect(diagnostic.location.line == 3)
        #expect(diagnostic.description.hasPrefix("\(folder.path("home.mustache")):3:"))
        #expect(diagnostic.message.contains("does not parse"))
        let home = try #require(FixtureSite.texts(of: files)["index.html"])
        #expect(home.contains("<h1>Actuele storingen</h1>"), "the built-in template is used instead")
    }

    @Test func unclosedSectionIsReported() throws {
        let folder = try ThemeFolder(["incident-card.mustache": "<li>{{#latest}}{{title}}</li>\n"])
        let (_, diagnostics) = SitePages.render(snapshot, themeDirectory: folder.url)
        #expect(diagnostics.map(\.location.path) == [folder.path("incident-card.mustache")])
        #expect(diagnostics.first?.message.contains("never closed") == true)
    }

    @Test func templatesThatIncludeEachOtherAreRefusedNotRecursed() throws {
        let folder = try ThemeFolder([
            "incident-row.mustache": "<li>{{title}}\n{{>row-extra}}</li>\n",
            "row-extra.mustache": "{{>incident-row}}\n",
        ])
        let (files, diagnostics) = SitePages.render(snapshot, themeDirectory: folder.url)
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostics.count == 1)
        #expect(diagnostic.location.path == folder.path("incident-row.mustache"))
        #expect(diagnostic.location.line == 2)
        #expect(diagnostic.message.contains("incident-row.mustache → row-extra.mustache → incident-row.mustache"))
        #expect(FixtureSite.texts(of: files)["archive/index.html"]?.contains("class=\"row\"") == true)
    }

    @Test func nonUTF8OverrideIsReported() throws {
        let folder = try ThemeFolder([:])
        try Data([0x7B, 0x7B, 0xFF, 0xFE, 0x7D, 0x7D]).write(to: folder.url.appendingPathComponent("layout.mustache"))
        let (files, diagnostics) = SitePages.render(snapshot, themeDirectory: folder.url)
        #expect(diagnostics.map(\.location.path) == [folder.path("layout.mustache")])
        #expect(FixtureSite.texts(of: files)["index.html"]?.hasPrefix("<!doctype html>") == true)
    }

    @Test func missingThemeFolderMeansTheBuiltInTheme() throws {
        let missing = FileManager.default.temporaryDirectory.appendingPathComponent("no-such-theme-\(UUID().uuidString)")
        let withMissing = SitePages.render(snapshot, themeDirectory: missing)
        let builtIn = SitePages.render(snapshot, themeDirectory: nil)
        #expect(withMissing.diagnostics.isEmpty)
        #expect(withMissing.files == builtIn.files)
    }

    /// A page override renders the page's main content over the page's view (and may use
    /// the built-in fragments as partials); the frame stays built in.
    @Test func incidentOverrideMatchesItsGolden() throws {
        let folder = try ThemeFolder([
            "incident.mustache": """
                <article class="eigen">
                <h1{{#contentLang}} lang="{{.}}"{{/contentLang}}>{{title}}</h1>
                <p>{{stateLabel}} · {{kindLabel}}</p>
                {{>facts}}
                <ol>
                {{#updates}}
                <li>{{#time}}<time datetime="{{datetime}}">{{text}}</time>{{/time}} {{statusLabel}}
                {{{bodyHTML}}}</li>
                {{/updates}}
                </ol>
                {{#excusedNorms}}
                <h2><a href="{{normHref}}">{{normName}}</a></h2>
                <ul>{{#windows}}<li>{{>time-range}}</li>{{/windows}}</ul>
                {{/excusedNorms}}
                </article>

                """,
        ])
        let (files, diagnostics) = SitePages.render(snapshot, themeDirectory: folder.url)
        #expect(diagnostics.isEmpty)
        let texts = FixtureSite.texts(of: files)
        Snapshot.assertMatches(try #require(texts["incidents/2023-12-13-bestellingen/index.html"]), named: "override-incident.nl.html")
        #expect(texts["index.html"] == FixtureSite.texts(of: SitePages.render(snapshot, themeDirectory: nil).files)["index.html"],
                "pages without an override are built in")
    }

    @Test func layoutOverrideFramesEveryPageWithMain() throws {
        let folder = try ThemeFolder([
            "layout.mustache": "<!doctype html>\n<html lang=\"{{lang}}\"><title>{{documentTitle}}</title>\n<main>{{{main}}}</main>\n</html>\n",
        ])
        let (files, diagnostics) = SitePages.render(snapshot, themeDirectory: folder.url)
        #expect(diagnostics.isEmpty)
        let home = try #require(FixtureSite.texts(of: files)["en/index.html"])
        #expect(home.hasPrefix("<!doctype html>\n<html lang=\"en\"><title>Current incidents – Current outages</title>\n<main><h1>Current incidents</h1>\n"))
        #expect(home.hasSuffix("</main>\n</html>\n"))
    }

    @Test func slotsAreInsertedVerbatimOnEveryPage() throws {
        let folder = try ThemeFolder([
            "head.html": "<link rel=\"preload\" href=\"/font.woff2\" as=\"font\">",
            "header.html": "<img class=\"logo\" src=\"/logo.svg\" alt=\"Logo\">\n",
            "footer.html": "<p>Vragen? <a href=\"mailto:status@example.nl\">Mail ons</a></p>\n",
        ])
        let (files, diagnostics) = SitePages.render(snapshot, themeDirectory: folder.url)
        #expect(diagnostics.isEmpty)
        for (path, html) in FixtureSite.texts(of: files) where path.hasSuffix(".html") && !FixtureSite.isBanner(path) {
            #expect(html.contains("<link rel=\"preload\" href=\"/font.woff2\" as=\"font\">\n</head>"), "\(path)")
            #expect(html.contains("<header class=\"site-header\">\n<img class=\"logo\" src=\"/logo.svg\" alt=\"Logo\">\n<p class=\"site-title\">"), "\(path)")
            #expect(html.contains("<p>Vragen? <a href=\"mailto:status@example.nl\">Mail ons</a></p>\n</footer>"), "\(path)")
        }
    }

    @Test func partialReferencesAreFoundWithTheirPositions() {
        let references = ThemeLoader.partialReferences(in: "a\n  {{> card}} {{<layout}}\n{{! {{>x}} }}")
        #expect(references.map(\.name) == ["card", "layout", "x"])
        #expect(references.map(\.line) == [2, 2, 3])
        #expect(references.map(\.column) == [3, 14, 5])
    }
}
