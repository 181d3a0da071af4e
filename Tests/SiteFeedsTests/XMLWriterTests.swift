import Testing
@testable import SiteFeeds

/// The one place that escapes XML: text, attributes, forbidden characters, layout.
@Suite("XML writer")
struct XMLWriterTests {
    @Test("text escapes &, < and > (so ]]> cannot appear) and keeps quotes", arguments: [
        ("a & b", "a &amp; b"),
        ("<script>", "&lt;script&gt;"),
        ("]]>", "]]&gt;"),
        (#"say "hi" 'x'"#, #"say "hi" 'x'"#),
        ("regel\r\nnieuw", "regel&#13;\nnieuw"),
        ("tab\there", "tab\there"),
        ("€ 🛒 é", "€ 🛒 é"),
    ])
    func text(input: String, escaped: String) {
        #expect(XMLWriter.escapeText(input) == escaped)
    }

    @Test("attributes also escape quotes and whitespace that normalisation would change", arguments: [
        (#"a"b"#, "a&quot;b"),
        ("a\tb\nc\rd", "a&#9;b&#10;c&#13;d"),
        ("x'y", "x'y"),
        ("<&>", "&lt;&amp;&gt;"),
    ])
    func attribute(input: String, escaped: String) {
        #expect(XMLWriter.escapeAttribute(input) == escaped)
    }

    @Test("characters XML 1.0 forbids become U+FFFD", arguments: ["\u{0}", "\u{1}", "\u{8}", "\u{B}", "\u{C}", "\u{1F}", "\u{FFFE}", "\u{FFFF}"])
    func forbidden(character: String) {
        #expect(XMLWriter.escapeText("a\(character)b") == "a\u{FFFD}b")
        #expect(XMLWriter.escapeAttribute("a\(character)b") == "a\u{FFFD}b")
    }

    @Test("elements nest with two-space indentation; text stays unpadded; empty elements close themselves")
    func layout() {
        var xml = XMLWriter()
        xml.start("root", ["a": "1", "b": "<2>"])
        xml.element("empty", [:])
        xml.start("opened-and-closed")
        xml.end()
        xml.element("text", text: " padded ")
        xml.start("nested")
        xml.element("leaf", ["x": "\"y\""], text: "a&b")
        xml.end()
        xml.end()
        #expect(xml.finish() == """
            <?xml version="1.0" encoding="UTF-8"?>
            <root a="1" b="&lt;2&gt;">
              <empty/>
              <opened-and-closed/>
              <text> padded </text>
              <nested>
                <leaf x="&quot;y&quot;">a&amp;b</leaf>
              </nested>
            </root>

            """)
    }
}
