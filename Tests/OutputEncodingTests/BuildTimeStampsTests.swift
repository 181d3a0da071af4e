import Foundation
import OutputEncoding
import Testing

/// The placeholders `storingen serve` writes for the build time, filled in as a page is sent.
struct BuildTimeStampsTests {
    let stamps = BuildTimeStamps(["builtAt.datetime": "2026-12-06T03:10:00+01:00", "builtAt.text.nl": "6 december 2026 om 03:10"])

    func page(_ text: String) -> Data { Data(text.utf8) }

    @Test(arguments: [
        ("<p>\u{0}builtAt.text.nl\u{0}</p>", "<p>6 december 2026 om 03:10</p>"),
        ("<time datetime=\"\u{0}builtAt.datetime\u{0}\">\u{0}builtAt.text.nl\u{0}</time>",
         "<time datetime=\"2026-12-06T03:10:00+01:00\">6 december 2026 om 03:10</time>"),
        ("\u{0}builtAt.text.nl\u{0}", "6 december 2026 om 03:10"),
        ("no placeholder at all", "no placeholder at all"),
        ("", ""),
        // Only known placeholders are replaced; other NUL bytes stay where they are.
        ("a\u{0}builtAt.text.en\u{0}b", "a\u{0}builtAt.text.en\u{0}b"),
        ("a\u{0}b", "a\u{0}b"),
        ("\u{0}junk\u{0}builtAt.text.nl\u{0}", "\u{0}junk6 december 2026 om 03:10"),
        ("trailing \u{0}builtAt.text.nl", "trailing \u{0}builtAt.text.nl"),
    ])
    func fillsInKnownPlaceholders(page text: String, expected: String) {
        #expect(String(decoding: stamps.fill(page(text)), as: UTF8.self) == expected)
    }

    @Test func aPlaceholderIsItsNameBetweenNULBytes() {
        #expect(BuildTimeStamps.placeholder("builtAt.datetime") == "\u{0}builtAt.datetime\u{0}")
    }

    @Test func noStampsLeaveThePageAsItIs() {
        let text = page("x\u{0}builtAt.text.nl\u{0}y")
        #expect(BuildTimeStamps().fill(text) == text)
    }
}
