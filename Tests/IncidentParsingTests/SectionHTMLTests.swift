import CommonMark
import Foundation
import IncidentModel
@testable import IncidentParsing
import PropertyBased
import Testing

/// A build's parse renders each section (summary, update, postmortem) from the file's own
/// Markdown tree (`ParsingContext.rendersHTML`), instead of parsing each text again. The
/// site must not tell the difference: every section's HTML is what libcmark makes of
/// that section's text alone, and files where that could differ are left to the site.
@Suite struct SectionHTMLTests {
    /// Markdown that ends, opens or spans blocks in every way a section can.
    static let snippets = [
        "Een gewone zin met \"aanhalingstekens\", 'enkele', -- streepjes --- en ... puntjes.",
        "- een lijst\n- die eindigt\n  vlak voor de volgende kop",
        "1. genummerd\n2. lijstje\n\n   met een losse alinea",
        "- geneste\n  - lijst\n    - dieper",
        "> een citaat\nmet een luie regel\n> en nog een",
        "```\ncode met\n\nlege regel\n## geen kop\n```",
        "    ingesprongen code aan het begin",
        "<div>ruwe HTML</div>",
        "Tekst met <b>inline HTML</b> en <https://example.com/pad?a=1&b=2>.",
        "[gevaarlijk](javascript:alert(1)) en [goed](https://example.com \"titel\")",
        "*nadruk*\nover _twee_ **regels**  \nmet een harde regel\\\nerna",
        "Alinea\n\n***\n\nna een lijn",
        "### Een kop binnen een update\n\nen tekst",
        "Setext-kop\n==========",
        "&amp; &copy; &#x1F600; \\*geen nadruk\\*",
        "| geen | tabel |\n|---|---|\n| zonder | GFM |",
        "![plaatje](https://example.com/a.png)",
        "\tmet een tab\n\n  \n",
        "Unicode: ✓ één — storing ‘Opgelost’",
        "`code met ``backticks`` erin`",
    ]

    static let rendering = IncidentParser(context: ParsingContext(rendersHTML: true))

    /// A file with a summary, three updates and a postmortem holding `sections`.
    static func file(_ sections: [String]) -> String {
        """
        ---
        title: Storing
        services: [account]
        ---

        \(sections[0])

        ## 2025-02-04 10:20 — Opgelost

        \(sections[1])

        ## 2025-02-04 09:00 — Update

        \(sections[2])
        ## 2025-02-04 07:35 — Storing
        \(sections[3])

        ## Nabeschouwing

        \(sections[4])
        """
    }

    /// Each section's HTML against libcmark's rendering of its text alone, as the site
    /// renders a text without HTML (blank texts show nothing either way).
    static func expectSectionsRenderedAlike(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let parsed = rendering.parse(text, path: "a.md")
        let incident = try #require(parsed.incident, "\(parsed.diagnostics)", sourceLocation: sourceLocation)
        var texts: [(String, String?)] = [(incident.summary, incident.summaryHTML)] + incident.updates.map { ($0.body, $0.html) }
        if let postmortem = incident.postmortem { texts.append((postmortem, incident.postmortemHTML)) }
        // An HTML block right above a heading takes the heading in: fewer updates, then.
        #expect(!incident.updates.isEmpty, sourceLocation: sourceLocation)
        for (markdown, html) in texts {
            let rendered = try #require(html, "rendered from the tree", sourceLocation: sourceLocation)
            guard !markdown.allSatisfy({ $0.isWhitespace }) else { continue }
            #expect(rendered == CommonMarkConverter.html(fromMarkdown: markdown), "\(markdown)", sourceLocation: sourceLocation)
        }
    }

    @Test(arguments: snippets)
    func everySnippetRendersAsItsTextAlone(snippet: String) throws {
        try Self.expectSectionsRenderedAlike(Self.file(Array(repeating: snippet, count: 5)))
    }

    @Test func randomSectionsRenderAsTheirTextsAlone() async {
        let section = Gen.int(in: 0...(Self.snippets.count - 1)).array(of: 1...3)
        await propertyCheck(count: 300, input: section.array(of: 5)) { picks in
            let sections = picks.map { $0.map { Self.snippets[$0] }.joined(separator: "\n\n") }
            try Self.expectSectionsRenderedAlike(Self.file(sections))
        }
    }

    /// A fence or an HTML comment left open runs to the end of the file, which no
    /// section's text keeps blank lines at.
    @Test(arguments: ["```\ncode", "<!-- open comment", "<pre>\nopen"])
    func aBlockLeftOpenEndsWithTheLastSectionsText(opening: String) throws {
        try Self.expectSectionsRenderedAlike(Self.file(["A.", "B.", "C.", "D.", opening]) + "\n\n  \n\t\n")
    }

    @Test func aSectionWithoutBlocksIsEmpty() throws {
        let incident = try #require(Self.rendering.parse(Self.file(["", "", "Tekst.", "", "Les."]), path: "a.md").incident)
        #expect(incident.summaryHTML == "")
        #expect(incident.updates.map(\.html) == ["", "<p>Tekst.</p>\n", ""])
        #expect(incident.postmortemHTML == "<p>Les.</p>\n")
    }

    /// A link reference definition reaches every section of the tree but only its own
    /// section's text; carriage returns are left out of sections' texts.
    @Test(arguments: [
        "Zie [de status][s].\n\n[s]: https://example.com",
        "Een [label]:zonder spatie",
        "Regels\r\nmet CRLF",
    ])
    func filesWhoseSectionsCouldRenderDifferentlyAreLeftToTheSite(snippet: String) throws {
        let incident = try #require(Self.rendering.parse(Self.file(["Samenvatting.", snippet, "B.", "C.", "D."]), path: "a.md").incident)
        #expect(incident.summaryHTML == nil)
        #expect(incident.updates.map(\.html) == [nil, nil, nil])
        #expect(incident.postmortemHTML == nil)
    }

    @Test func checkingRendersNothing() throws {
        let incident = try #require(IncidentParser().parse(Self.file(["A.", "B.", "C.", "D.", "E."]), path: "a.md").incident)
        #expect(incident.summaryHTML == nil)
        #expect(incident.updates.allSatisfy { $0.html == nil })
        #expect(incident.postmortemHTML == nil)
    }

    @Test(arguments: [
        ("", true), ("geen haakje", true), ("[a] : los", true), ("x]:", false), ("]:", false),
        ("a\rb", false), (String(repeating: "a:", count: 5_000) + "]:", false),
    ])
    func referenceDefinitionsAndCarriageReturnsAreFound(text: String, alike: Bool) {
        #expect(IncidentFileParser.rendersSectionsAlike(ArraySlice(text.utf8)) == alike)
    }
}
