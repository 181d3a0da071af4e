import Foundation
import Testing
import OutputEncoding

/// How a placeholder takes the place of a value in JSON the tool writes: byte for byte
/// where the empty value stood, nowhere else, and never escaped.
struct StableJSONTests {
    struct Document: Encodable {
        var generated_at: String
        var name: String
        var other: String
    }

    @Test func theEmptyValueOfTheKeyIsReplacedVerbatimAndNothingElse() {
        let text = StableJSON.string(Document(generated_at: "", name: "\"generated_at\" : \"\"", other: ""))
        let replaced = StableJSON.replacingEmptyValue(of: "generated_at", with: "\u{0}stamp\u{0}", in: text)
        #expect(replaced == """
            {
              "generated_at" : "\u{0}stamp\u{0}",
              "name" : "\\"generated_at\\" : \\"\\"",
              "other" : ""
            }
            """)
    }

    @Test func aKeyWithAValueOrNoKeyLeavesTheTextAsItWas() {
        let text = StableJSON.string(Document(generated_at: "2026-12-06T12:00:00+01:00", name: "é🛒", other: "generated_at"))
        #expect(StableJSON.replacingEmptyValue(of: "generated_at", with: "x", in: text) == text)
        #expect(StableJSON.replacingEmptyValue(of: "missing", with: "x", in: text) == text)
        #expect(StableJSON.replacingEmptyValue(of: "other", with: "x", in: "\"other\" : \"") == "\"other\" : \"")
    }

    @Test func aVerbatimStringIsWrittenUnescaped() {
        var writer = PrettyJSONWriter()
        writer.beginObject()
        writer.key("asOf")
        writer.verbatimString("\u{0}period.asOf\u{0}")
        writer.key("b")
        writer.string("\u{0}")
        writer.endObject()
        #expect(writer.text == "{\n  \"asOf\" : \"\u{0}period.asOf\u{0}\",\n  \"b\" : \"\\u0000\"\n}")
    }
}
