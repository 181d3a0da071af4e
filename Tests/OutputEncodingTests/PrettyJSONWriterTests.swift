import Foundation
import Testing
import OutputEncoding

/// The writer must give `StableJSON`'s bytes exactly: published files keep their bytes
/// whichever of the two made them, also when parts of a document are written apart. Checked
/// on random documents whose strings mix quotes, backslashes, slashes, control characters
/// and non-ASCII text.
struct PrettyJSONWriterTests {
    struct Item: Encodable {
        var end: String
        var incidents: [String]
        var ongoing: Bool
        var start: Int
    }

    struct Document: Encodable {
        var empty: [Item]
        var items: [Item]
        var name: String
        var zone: String
    }

    static let pieces = ["a", "Z", "é", "€", "🛒", "\"", "\\", "/", "\n", "\r", "\t", "\u{08}", "\u{0C}", "\u{01}", "\u{1F}",
                         "\u{7F}", "\u{2028}", " ", ":", "{", "]"]

    static func randomText(_ generator: inout some RandomNumberGenerator) -> String {
        (0..<Int.random(in: 0...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
    }

    /// Which parts of a document a writer of their own writes (`init(valueAtDepth:)`), as
    /// `api/excused.json` writes each norm's windows on a core of its own.
    enum WrittenApart: CaseIterable {
        case nothing, emptyArray, items, eachItem
    }

    func written(_ document: Document, apart: WrittenApart = .nothing) -> String {
        var writer = PrettyJSONWriter()
        writer.beginObject()
        writer.key("empty")
        if apart == .emptyArray {
            var part = PrettyJSONWriter(valueAtDepth: writer.depth)
            part.beginArray()
            part.endArray()
            writer.value(written: part.bytes)
        } else {
            writer.beginArray()
            writer.endArray()
        }
        writer.key("items")
        if apart == .items {
            var part = PrettyJSONWriter(valueAtDepth: writer.depth)
            write(document.items, to: &part, apart: false)
            writer.value(written: part.bytes)
        } else {
            write(document.items, to: &writer, apart: apart == .eachItem)
        }
        writer.key("name")
        writer.string(document.name)
        writer.key("zone")
        writer.string(document.zone)
        writer.endObject()
        return writer.text
    }

    func write(_ items: [Item], to writer: inout PrettyJSONWriter, apart: Bool) {
        writer.beginArray()
        for item in items {
            if apart {
                var part = PrettyJSONWriter(valueAtDepth: writer.depth)
                write(item, to: &part)
                writer.value(written: part.bytes)
            } else {
                write(item, to: &writer)
            }
        }
        writer.endArray()
    }

    func write(_ item: Item, to writer: inout PrettyJSONWriter) {
        writer.beginObject()
        writer.key("end")
        writer.string(item.end)
        writer.key("incidents")
        writer.strings(item.incidents)
        writer.key("ongoing")
        writer.bool(item.ongoing)
        writer.key("start")
        writer.int(item.start)
        writer.endObject()
    }

    @Test func randomDocumentsAreWrittenAsStableJSONWritesThem() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<300 {
            let items = (0..<Int.random(in: 0...4, using: &generator)).map { _ in
                Item(end: Self.randomText(&generator),
                     incidents: (0..<Int.random(in: 0...3, using: &generator)).map { _ in Self.randomText(&generator) },
                     ongoing: Bool.random(using: &generator), start: Int.random(in: -1_000_000...1_000_000, using: &generator))
            }
            let document = Document(empty: [], items: items, name: Self.randomText(&generator), zone: "Europe/Amsterdam")
            for apart in WrittenApart.allCases {
                #expect(written(document, apart: apart) == StableJSON.string(document), "\(apart) written apart")
            }
        }
    }
}
