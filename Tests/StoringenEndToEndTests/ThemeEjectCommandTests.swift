import Foundation
import Testing
import TestSupport

/// `storingen theme eject` run as a user would: the ejected templates build the same site
/// as the built-in theme, and a second eject never overwrites what is there.
@Suite struct ThemeEjectCommandTests {
    static let asOf = ["--as-of", "2026-11-23 12:00"]

    /// A project with the repository's example incidents and site.yml.
    private func exampleProject() throws -> TemporaryProject {
        let project = try TemporaryProject("theme-eject")
        let repository = Fixtures.repositoryRoot()
        for folder in ["incidents", "site"] {
            try FileManager.default.removeItem(at: project.root.appendingPathComponent(folder))
            try FileManager.default.copyItem(at: repository.appendingPathComponent(folder), to: project.root.appendingPathComponent(folder))
        }
        try? FileManager.default.removeItem(at: project.root.appendingPathComponent("site/theme"))
        try? FileManager.default.removeItem(at: project.root.appendingPathComponent("site/public"))
        return project
    }

    @Test func ejectedThemeBuildsTheSameSite() throws {
        let project = try exampleProject()
        let builtIn = try project.run(["build", "--output", "built-in"] + Self.asOf)
        #expect(builtIn.status == 0, "\(builtIn.standardError)")

        let eject = try project.run(["theme", "eject"])
        #expect(eject.status == 0, "\(eject.standardError)")
        let written = eject.standardOutput.split(separator: "\n").map(String.init)
        #expect(written.first == "site/theme/home.mustache")
        #expect(written.contains("site/theme/layout.mustache") && written.contains("site/theme/day-bar.mustache"))
        #expect(written.allSatisfy { project.exists($0) })

        let ejected = try project.run(["build", "--output", "ejected"] + Self.asOf)
        #expect(ejected.status == 0, "\(ejected.standardError)")
        let want = FileTree.contents(of: project.root.appendingPathComponent("built-in"))
        let got = FileTree.contents(of: project.root.appendingPathComponent("ejected"))
        #expect(want.count > 50)
        #expect(got.keys.sorted() == want.keys.sorted())
        for (path, data) in want.sorted(by: { $0.key < $1.key }) where got[path] != data {
            Issue.record("\(path) differs with the ejected theme:\n\(LineDiff.describe(expected: String(decoding: data, as: UTF8.self), actual: String(decoding: got[path] ?? Data(), as: UTF8.self)).prefix(2_000))")
        }
    }

    @Test func secondEjectRefusesToOverwrite() throws {
        let project = try exampleProject()
        let first = try project.run(["theme", "eject", "incident"])
        #expect(first.status == 0, "\(first.standardError)")
        #expect(first.standardOutput == "site/theme/incident.mustache\n")
        try project.write("site/theme/incident.mustache", "{{title}}\n")

        let second = try project.run(["theme", "eject", "incident"])
        #expect(second.status != 0)
        #expect(second.standardOutput.isEmpty)
        #expect(second.standardError.contains("site/theme/incident.mustache already exists"))
        #expect(try project.read("site/theme/incident.mustache") == "{{title}}\n", "the edited file is kept")

        // Nothing at all is written when one of the files exists.
        let mixed = try project.run(["theme", "eject", "home", "incident"])
        #expect(mixed.status != 0)
        #expect(!project.exists("site/theme/home.mustache"))
    }

    @Test func unknownPageNamesTheValidOnes() throws {
        let project = try exampleProject()
        let result = try project.run(["theme", "eject", "homepage"])
        #expect(result.status != 0)
        #expect(result.standardError.contains("`homepage`"))
        #expect(result.standardError.contains("home, archive, incident"))
        #expect(result.standardError.contains("layout") && result.standardError.contains("incident-card"))
        #expect(!project.exists("site/theme"))
    }
}

/// `storingen theme fields` run as a user would, before writing an override.
@Suite struct ThemeFieldsCommandTests {
    @Test func listsAPagesFieldsAndTheLayouts() throws {
        let project = try TemporaryProject("theme-fields")
        let result = try project.run(["theme", "fields", "incident"])
        #expect(result.status == 0, "\(result.standardError)")
        let lines = result.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.first == "incident.mustache reads its page's fields, then the layout's:")
        #expect(lines.contains { $0.hasPrefix("  incident: title, ") && $0.contains("timelineHeading") && $0.contains("updates [update]") })
        #expect(lines.contains { $0.hasPrefix("  layout: lang, ") })
        #expect(lines.contains { $0.hasPrefix("  update: time time, ") })
    }

    @Test func anUnknownNameListsTheValidOnes() throws {
        let project = try TemporaryProject("theme-fields-unknown")
        let result = try project.run(["theme", "fields", "homepage"])
        #expect(result.status == 2)
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardError.contains("'homepage'") && result.standardError.contains("home, archive, incident"))
    }
}
