import OutputEncoding
import Testing

/// The one escaper of pages, feeds and sitemaps, rule set by rule set.
@Suite struct MarkupEscapingTests {
    @Test(arguments: [
        ("", ""),
        ("plain text", "plain text"),
        ("<script>alert('x')</script>", "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"),
        ("a & b \"c\" 'd' <e>", "a &amp; b &quot;c&quot; &#39;d&#39; &lt;e&gt;"),
        ("\"><img src=x onerror=alert(1)>", "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"),
        ("é ü ß → ✓ 🇳🇱 👩🏽‍💻", "é ü ß → ✓ 🇳🇱 👩🏽‍💻"),
        ("&amp; already", "&amp;amp; already"),
        ("tab\tline\ncr\r", "tab\tline\ncr\r"),
    ])
    func htmlReplacesTheFiveMarkupCharacters(text: String, escaped: String) {
        #expect(MarkupEscaping.escaped(text, rules: .html) == escaped)
    }

    /// Swift compares whole `Character`s, so a quote followed by a combining mark (one
    /// grapheme) would slip through a `Character`-based escaper; bytes do not.
    @Test func aQuoteFollowedByACombiningMarkIsEscapedToo() {
        #expect(MarkupEscaping.escaped("x\"\u{301} onmouseover=alert(1)", rules: .html) == "x&quot;\u{301} onmouseover=alert(1)")
        #expect(MarkupEscaping.escaped("<\u{301}script>", rules: .html) == "&lt;\u{301}script&gt;")
    }

    @Test(arguments: [
        ("a & b", "a &amp; b"),
        ("<script>", "&lt;script&gt;"),
        ("]]>", "]]&gt;"),
        (#"say "hi" 'x'"#, #"say "hi" 'x'"#),
        ("regel\r\nnieuw", "regel&#13;\nnieuw"),
        ("tab\there", "tab\there"),
        ("€ 🛒 é \u{FFFD} \u{EFBF}", "€ 🛒 é \u{FFFD} \u{EFBF}"),
    ])
    func xmlTextEscapesMarkupAndKeepsQuotes(text: String, escaped: String) {
        #expect(MarkupEscaping.escaped(text, rules: .xmlText) == escaped)
    }

    @Test(arguments: [
        (#"a"b"#, "a&quot;b"),
        ("a\tb\nc\rd", "a&#9;b&#10;c&#13;d"),
        ("x'y", "x'y"),
        ("<&>", "&lt;&amp;&gt;"),
    ])
    func xmlAttributesAlsoEscapeQuotesAndWhitespace(text: String, escaped: String) {
        #expect(MarkupEscaping.escaped(text, rules: .xmlAttribute) == escaped)
    }

    @Test(arguments: ["\u{0}", "\u{1}", "\u{8}", "\u{B}", "\u{C}", "\u{1F}", "\u{FFFE}", "\u{FFFF}"])
    func charactersXMLForbidsBecomeTheReplacementCharacter(character: String) {
        #expect(MarkupEscaping.escaped("a\(character)b", rules: .xmlText) == "a\u{FFFD}b")
        #expect(MarkupEscaping.escaped("a\(character)b", rules: .xmlAttribute) == "a\u{FFFD}b")
    }

    @Test func appendingKeepsWhatTheBufferHeld() {
        var bytes = Array("<p>".utf8)
        MarkupEscaping.append("1 < 2", rules: .html, to: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == "<p>1 &lt; 2")
    }
}

/// The escaper reads eight bytes at a time where it can and byte by byte where a word
/// may need replacing. Escaping is local to each character, so a long text must escape
/// to its characters escaped one by one (each shorter than eight bytes, so read byte by
/// byte): whatever the position of a special byte within a word.
@Suite struct MarkupEscapingWordTests {
    static let pieces = [
        "a", "Z", " ", "0", "/", ":", "-", "<", ">", "&", "\"", "'", "\t", "\n", "\r", "\u{0}", "\u{1F}",
        "\u{7F}", "é", "€", "\u{FFFD}", "\u{FFFE}", "\u{FFFF}", "\u{EFBF}", "\u{F0000}", "🇳🇱", "\u{301}",
    ]

    @Test(arguments: [MarkupEscaping.Rules.html, .xmlText, .xmlAttribute])
    func aLongTextEscapesAsItsCharactersOneByOne(rules: MarkupEscaping.Rules) {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<2_000 {
            // Mostly plain letters, so that words without anything to replace occur too.
            let chosen = (0..<next(40)).map { _ in next(3) == 0 ? Self.pieces[next(Self.pieces.count)] : "a" }
            let whole = MarkupEscaping.escaped(chosen.joined(), rules: rules)
            let oneByOne = chosen.map { MarkupEscaping.escaped($0, rules: rules) }.joined()
            #expect(whole == oneByOne, "\(chosen)")
        }
    }
}
