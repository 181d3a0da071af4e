import Foundation
import Testing
import TestSupport
@testable import SitePages

/// The field names a template can use come from one table per view: the lookup answers
/// exactly the declared names, and the list in docs/site-and-theme.md is the generated one.
@Suite("Theme fields")
struct ThemeFieldsTests {
    static let docs = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("docs/site-and-theme.md")
    static let start = "<!-- theme-fields: start -->\n"
    static let end = "<!-- theme-fields: end -->"

    /// The docs' list equals `ThemeFields.markdown`; `RECORD_SNAPSHOTS=1` writes it there.
    @Test func docsListIsTheGeneratedOne() throws {
        let text = try String(contentsOf: Self.docs, encoding: .utf8)
        let start = try #require(text.range(of: Self.start), "docs/site-and-theme.md has no \(Self.start)")
        let end = try #require(text.range(of: Self.end, range: start.upperBound..<text.endIndex))
        let generated = "\n" + ThemeFields.markdown + "\n"
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            try Data(text.replacingCharacters(in: start.upperBound..<end.lowerBound, with: generated).utf8).write(to: Self.docs)
            Issue.record("recorded the field list in \(Self.docs.path); run the tests again without RECORD_SNAPSHOTS")
            return
        }
        let documented = String(text[start.upperBound..<end.lowerBound])
        #expect(documented == generated, """
            the field list in docs/site-and-theme.md differs from the views' tables:
            \(LineDiff.describe(expected: documented, actual: generated))
            re-record with RECORD_SNAPSHOTS=1 swift test --filter ThemeFieldsTests
            """)
    }

    /// Every declared name answers on a real view, and nothing else does.
    @Test func aViewAnswersExactlyItsDeclaredNames() throws {
        let snapshot = FixtureSite.snapshot(try FixtureSite.incidents())
        let builder = PageBuilder(snapshot: snapshot, dayBars: ServiceDayBars(snapshot), routes: snapshot.routes[0])
        let page = builder.incident(at: 0)
        for field in IncidentView.fieldList where !field.name.hasPrefix("has") {
            if case .optional = field.shape { continue }
            #expect(page.content.child(named: field.name) != nil, "\(field.name) declared but does not answer")
        }
        #expect(page.content.child(named: "timelineHeading") as? String == page.content.timelineHeading)
        #expect(page.content.child(named: "noSuchField") == nil)
        #expect(page.child(named: "siteTitle") as? String == page.layout.siteTitle, "a page reads the layout's fields too")
        for view in [LinkView.self, TimeView.self, LayoutView.self, IncidentView.self] as [any FieldedView.Type] {
            let names = view.fieldList.map(\.name)
            #expect(Set(names).count == names.count, "\(view) declares a name twice")
        }
    }

    @Test func everyTemplateHasAList() {
        for name in ThemeFields.names {
            #expect(ThemeFields.list(for: name) != nil, "no field list for \(name)")
        }
        #expect(ThemeFields.list(for: "homepage") == nil)
        let incident = ThemeFields.list(for: "incident") ?? ""
        #expect(incident.contains("timelineHeading") && incident.contains("updates [update]") && incident.contains("  layout: lang"))
    }

    /// Every name the built-in templates use is one their views declare, so the list a
    /// user reads is the list the built-in pages are written with.
    @Test func theBuiltInTemplatesUseOnlyDeclaredNames() throws {
        // A tag's name; `first()` and the like are swift-mustache's transforms, not fields.
        let tag = try Regex(#"\{\{\{?([#^/]?)\s*([A-Za-z][A-Za-z0-9]*)(?![A-Za-z0-9(])"#)
        let note = try Regex(#" \([^)]*\)"#)
        for template in EjectableTemplate.all {
            let list = try #require(ThemeFields.list(for: template.name))
            let declared = Set(list.replacing(note, with: "").split(separator: "\n").flatMap { line in
                line.split(separator: ":", maxSplits: 1).dropFirst().first.map { fields in
                    fields.split(separator: ",").compactMap { field in
                        field.split(separator: " ").first.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "{}?")) }
                    }
                } ?? []
            }).union(["main"])
            for match in template.text.matches(of: tag) {
                let name = String(match.output[2].substring ?? "")
                #expect(declared.contains(name), "\(template.name).mustache uses {{\(name)}}, which no field list names")
            }
        }
    }
}
