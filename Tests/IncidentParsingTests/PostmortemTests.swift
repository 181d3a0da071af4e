import Foundation
import IncidentModel
import IncidentParsing
import Testing

/// `## Nabeschouwing` / `## Postmortem` starts the incident's postmortem: its own text,
/// not an update, wherever it stands in the file.
@Suite struct PostmortemTests {
    static let newestFirst = """
        ---
        title: Inloggen
        services: [account]
        ---

        Samenvatting.

        ## Nabeschouwing

        Een certificaat **verliep**.

        ## 2025-02-04 10:20 — Hersteld

        Werkt weer.

        ## 2025-02-04 07:35 — Storing

        Kapot.
        """

    func parse(_ text: String) -> (Incident?, [String]) {
        let parsed = IncidentParser().parse(text, path: "a.md")
        return (parsed.incident, parsed.diagnostics.map { "\($0.location.line):\($0.location.column): \($0.severity.rawValue): \($0.message)" })
    }

    @Test func aPostmortemBeforeTheUpdatesIsNotAnUpdate() throws {
        let (incident, diagnostics) = parse(Self.newestFirst)
        #expect(diagnostics == [])
        let parsed = try #require(incident)
        #expect(parsed.summary == "Samenvatting.")
        #expect(parsed.postmortem == "Een certificaat **verliep**.")
        #expect(parsed.updates.map(\.body) == ["Werkt weer.", "Kapot."])
        #expect(parsed.impactWindows.count == 1, "it opens no window")
    }

    @Test(arguments: ["## Postmortem", "## postmortem:", "## NABESCHOUWING", "## Post-mortem"])
    func theHeadingIsReadInEitherLanguageAndAnyCase(heading: String) throws {
        let text = """
            ---
            title: T
            ---
            ## 2025-02-04 07:35 — Onderzoek
            Kapot.
            ## 2025-02-04 10:20 — Opgelost
            Werkt weer.
            \(heading)
            Wat we leerden.
            """
        let (incident, diagnostics) = parse(text)
        #expect(diagnostics == [])
        #expect(incident?.postmortem == "Wat we leerden.")
        #expect(incident?.updates.last?.body == "Werkt weer.", "the last update ends at the postmortem")
    }

    @Test func aSecondPostmortemIsAnErrorAndAnEmptyOneAWarning() {
        let twice = Self.newestFirst.replacingOccurrences(of: "## 2025-02-04 07:35", with: "## Postmortem\n\nNog eens.\n\n## 2025-02-04 07:35")
        #expect(parse(twice).1 == ["16:1: error: a second postmortem heading; an incident has one `## Nabeschouwing` (`## Postmortem`), written once the outage is over"])
        let empty = Self.newestFirst.replacingOccurrences(of: "Een certificaat **verliep**.", with: "")
        let (incident, diagnostics) = parse(empty)
        #expect(diagnostics == ["8:1: warning: the postmortem is empty; write what happened and what changes under it, or remove the heading"])
        #expect(incident?.postmortem == nil)
    }

    @Test func otherHeadingsStayPartOfTheirUpdate() throws {
        let text = Self.newestFirst.replacingOccurrences(of: "Werkt weer.", with: "Werkt weer.\n\n## Wat nu?\n\nNiets.")
        let (incident, diagnostics) = parse(text)
        #expect(diagnostics == [])
        #expect(incident?.updates.first?.body == "Werkt weer.\n\n## Wat nu?\n\nNiets.")
    }
}
