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
}
