import Testing

@testable import SitePages

/// `{{ }}` escaping: swift-mustache's five replacements, done on bytes.
@Suite struct HTMLEscapingTests {
    @Test func everyTemplateEscapesWithIt() throws {
        let incident = try FixtureSite.parse(
            "---\ntitle: \"x\\\"\\u0301 onmouseover=alert(1)\"\nservices: [orders]\n---\n\n## 19-12-2023 09:00 — Opgelost\n\nKlaar.\n",
            path: "incidents/2023-12-19-quote.md")
        let (files, _) = SitePages.render(FixtureSite.snapshot([incident]), themeDirectory: nil)
        let page = try #require(FixtureSite.texts(of: files)["incidents/2023-12-19-quote/index.html"])
        let escaped = "<h1>x&quot;\u{301} onmouseover=alert(1)</h1>"
        let raw = "x\"\u{301}"
        #expect(page.contains(escaped))
        #expect(!page.contains(raw))
    }
}
