import Foundation

/// Writes an XML 1.0 document in UTF-8, element by element, into a byte buffer: no
/// renderer concatenates markup. Text and attribute values always go through
/// `MarkupEscaping` (characters XML 1.0 forbids are replaced), and elements are indented
/// by two spaces so that diffs of generated feeds stay readable.
///
/// ```swift
/// var xml = XMLWriter()
/// xml.start("feed", ["xmlns": "http://www.w3.org/2005/Atom"])
/// xml.element("title", text: "Actuele storingen")
/// xml.element("link", ["rel": "self", "href": url])
/// xml.end()
/// let document = xml.finish()
/// ```
public struct XMLWriter {
    private var output: [UInt8] = Array("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n".utf8)
    /// Names of the elements started and not yet ended, outermost first.
    private var open: [String] = []
    /// Whether the innermost open element has nothing in it yet.
    private var openIsEmpty = false

    public init() {}

    /// A writer with room for about `capacity` bytes: a document of megabytes (a large
    /// site's sitemap) then grows without copying itself at each doubling.
    public init(capacity: Int) {
        output.reserveCapacity(capacity)
    }

    /// A writer of elements that go inside the `enclosing` elements of another document
    /// (outermost first), without the declaration: a piece of a large document kept
    /// between renders, such as a page's entries in a sitemap (`append(fragment:)`).
    public init(fragmentInside enclosing: [String]) {
        output = []
        open = enclosing
    }

    /// What a writer made with `init(fragmentInside:)` wrote.
    public var fragment: [UInt8] { output }

    /// Elements a fragment writer wrote for the elements open here, as if written here.
    public mutating func append(fragment: [UInt8]) {
        guard !fragment.isEmpty else { return }
        output.append(contentsOf: fragment)
        openIsEmpty = false
    }

    /// Starts an element whose content follows; close it with `end()`.
    public mutating func start(_ name: String, _ attributes: KeyValuePairs<String, String> = [:]) {
        newLine()
        output.append(UInt8(ascii: "<"))
        output.append(contentsOf: name.utf8)
        append(attributes)
        output.append(UInt8(ascii: ">"))
        open.append(name)
        openIsEmpty = true
    }

    /// Ends the innermost started element (`<a/>` when nothing was written in it).
    public mutating func end() {
        precondition(!open.isEmpty, "end() without a started element")
        let name = open.removeLast()
        if openIsEmpty {
            output.removeLast()
            output.append(contentsOf: "/>".utf8)
        } else {
            output.append(UInt8(ascii: "\n"))
            indent(open.count)
            output.append(contentsOf: "</".utf8)
            output.append(contentsOf: name.utf8)
            output.append(UInt8(ascii: ">"))
        }
        openIsEmpty = false
    }

    /// A whole element holding only text, such as `<title>…</title>`; the text is
    /// written exactly (escaped, never indented or trimmed).
    public mutating func element(_ name: String, _ attributes: KeyValuePairs<String, String> = [:], text: String) {
        element(name, attributes) { MarkupEscaping.append(text, rules: .xmlText, to: &$0) }
    }

    /// A whole element holding text escaped beforehand, written as `element(_:_:text:)`
    /// would write the text.
    public mutating func element(_ name: String, _ attributes: KeyValuePairs<String, String> = [:], text: XMLText) {
        element(name, attributes) { $0.append(contentsOf: text.escaped) }
    }

    private mutating func element(
        _ name: String, _ attributes: KeyValuePairs<String, String>, writingText write: (inout [UInt8]) -> Void
    ) {
        newLine()
        output.append(UInt8(ascii: "<"))
        output.append(contentsOf: name.utf8)
        append(attributes)
        output.append(UInt8(ascii: ">"))
        write(&output)
        output.append(contentsOf: "</".utf8)
        output.append(contentsOf: name.utf8)
        output.append(UInt8(ascii: ">"))
        openIsEmpty = false
    }

    /// A whole element without content, such as `<link href="…"/>`.
    public mutating func element(_ name: String, _ attributes: KeyValuePairs<String, String>) {
        newLine()
        output.append(UInt8(ascii: "<"))
        output.append(contentsOf: name.utf8)
        append(attributes)
        output.append(contentsOf: "/>".utf8)
        openIsEmpty = false
    }

    /// The document, ending with a newline; every started element must be ended.
    public func finish() -> String {
        String(decoding: finishedData(), as: UTF8.self)
    }

    /// The document's bytes, ending with a newline, as an output file holds them: one
    /// copy, where a string in between held a 15 MB sitemap three times over.
    public func finishedData() -> Data {
        precondition(open.isEmpty, "unclosed elements: \(open)")
        var data = Data(capacity: output.count + 1)
        data.append(contentsOf: output)
        data.append(UInt8(ascii: "\n"))
        return data
    }

    /// Starts the line of a new element inside the open ones; the root element starts
    /// right after the declaration's line break.
    private mutating func newLine() {
        if !open.isEmpty {
            output.append(UInt8(ascii: "\n"))
            indent(open.count)
        }
    }

    private mutating func indent(_ depth: Int) {
        output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * depth))
    }

    private mutating func append(_ attributes: KeyValuePairs<String, String>) {
        for (name, value) in attributes {
            output.append(UInt8(ascii: " "))
            output.append(contentsOf: name.utf8)
            output.append(contentsOf: "=\"".utf8)
            MarkupEscaping.append(value, rules: .xmlAttribute, to: &output)
            output.append(UInt8(ascii: "\""))
        }
    }
}
