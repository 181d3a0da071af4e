import Foundation
import Testing
import OutputEncoding

/// XML documents element by element (escaping itself is `MarkupEscaping`, tested in OutputEncodingTests).
@Suite("XML writer")
struct XMLWriterTests {
    @Test("elements nest with two-space indentation; text stays unpadded; empty elements close themselves")
    func layout() {
        var xml = XMLWriter()
        xml.start("root", ["a": "1", "b": "<2>"])
        xml.element("empty", [:])
        xml.start("opened-and-closed")
        xml.end()
        xml.element("text", text: " padded ")
        xml.start("nested")
        xml.element("leaf", ["x": "\"y\"\n"], text: "a&b\r\u{1}")
        xml.end()
        xml.end()
        #expect(xml.finish() == """
            <?xml version="1.0" encoding="UTF-8"?>
            <root a="1" b="&lt;2&gt;">
              <empty/>
              <opened-and-closed/>
              <text> padded </text>
              <nested>
                <leaf x="&quot;y&quot;&#10;">a&amp;b&#13;\u{FFFD}</leaf>
              </nested>
            </root>

            """)
    }

    @Test("the document's bytes are those of its text, and a reserved capacity changes nothing")
    func bytes() {
        func document(_ xml: inout XMLWriter) {
            xml.start("urlset", ["xmlns": "http://www.sitemaps.org/schemas/sitemap/0.9"])
            for page in ["/", "/en/", "/archief/?a&b"] {
                xml.start("url")
                xml.element("loc", text: page)
                xml.end()
            }
            xml.end()
        }
        var plain = XMLWriter()
        document(&plain)
        var reserved = XMLWriter(capacity: 1 << 16)
        document(&reserved)
        #expect(plain.finishedData() == Data(plain.finish().utf8))
        #expect(reserved.finishedData() == plain.finishedData())
        #expect(plain.finish().hasSuffix("</urlset>\n"))
        #expect(plain.finish().contains("<loc>/archief/?a&amp;b</loc>"))
    }

    @Test("text escaped beforehand is written as the same text would be", arguments: [
        "", "plain", "<p>a &amp; b</p>\n", "quotes \" and ' stay", "\r\n\t", "\u{1}\u{1F}", "\u{FFFE}\u{FFFF}\u{FFFD}",
        "é — 😀", "<h3>12-03-2025 09:00 — Opgelost</h3>\n<p>x</p>",
    ])
    func escapedBeforehand(text: String) {
        var direct = XMLWriter()
        direct.start("entry")
        direct.element("content", ["type": "html"], text: text)
        direct.end()
        var escaped = XMLWriter()
        escaped.start("entry")
        escaped.element("content", ["type": "html"], text: XMLText(text))
        escaped.end()
        #expect(escaped.finishedData() == direct.finishedData())
        #expect(XMLText(text).escaped == Array(MarkupEscaping.escaped(text, rules: .xmlText).utf8))
    }
}
