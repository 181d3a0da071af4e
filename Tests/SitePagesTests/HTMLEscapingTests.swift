import Testing

@testable import SitePages

/// `{{ }}` escaping: swift-mustache's five replacements, done on bytes.
@Suite struct HTMLEscapingTests {
    @Test(arguments: [
        ("", ""),
        ("plain text", "plain text"),
        ("<script>alert('x')</script>", "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"),
        ("a & b \"c\" 'd' <e>", "a &amp; b &quot;c&quot; &#39;d&#39; &lt;e&gt;"),
        ("\"><img src=x onerror=alert(1)>", "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"),
        ("é ü ß → ✓ 🇳🇱 👩🏽‍💻", "é ü ß → ✓ 🇳🇱 👩🏽‍💻"),
        ("&amp; already", "&amp;amp; already"),
    ])
    func specialCharactersAreReplaced(text: String, escaped: String) {
        #expect(HTMLUTF8ContentType.escape(text) == escaped)
    }

    /// swift-mustache compares whole `Character`s, so a quote followed by a combining mark
    /// (one grapheme) slips through and could end an attribute value; bytes do not.
    @Test func quoteFollowedByACombiningMarkIsEscapedToo() {
        let quote = HTMLUTF8ContentType.escape("x\"\u{301} onmouseover=alert(1)")
        let bracket = HTMLUTF8ContentType.escape("<\u{301}script>")
        #expect(quote == "x&quot;\u{301} onmouseover=alert(1)")
        #expect(bracket == "&lt;\u{301}script&gt;")
    }

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
