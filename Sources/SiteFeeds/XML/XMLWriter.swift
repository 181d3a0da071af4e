/// Writes an XML 1.0 document in UTF-8, element by element: the one place that escapes,
/// so no renderer concatenates markup. Text and attribute values are always escaped,
/// characters XML 1.0 forbids are replaced, and elements are indented by two spaces
/// so that diffs of generated feeds stay readable.
///
/// ```swift
/// var xml = XMLWriter()
/// xml.start("feed", ["xmlns": "http://www.w3.org/2005/Atom"])
/// xml.element("title", text: "Actuele storingen")
/// xml.element("link", ["rel": "self", "href": url])
/// xml.end()
/// let document = xml.finish()
/// ```
struct XMLWriter {
    private var output = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    /// Names of the elements started and not yet ended, outermost first.
    private var open: [String] = []
    /// Whether the innermost open element has nothing in it yet.
    private var openIsEmpty = false

    /// Starts an element whose content follows; close it with `end()`.
    mutating func start(_ name: String, _ attributes: KeyValuePairs<String, String> = [:]) {
        newLine()
        output += "<"
        output += name
        append(attributes)
        output += ">"
        open.append(name)
        openIsEmpty = true
    }

    /// Ends the innermost started element (`<a/>` when nothing was written in it).
    mutating func end() {
        precondition(!open.isEmpty, "end() without a started element")
        let name = open.removeLast()
        if openIsEmpty {
            output.removeLast()
            output += "/>"
        } else {
            output += "\n" + Self.indentation(open.count) + "</\(name)>"
        }
        openIsEmpty = false
    }

    /// A whole element holding only text, such as `<title>…</title>`; the text is
    /// written exactly (escaped, never indented or trimmed).
    mutating func element(_ name: String, _ attributes: KeyValuePairs<String, String> = [:], text: String) {
        newLine()
        output += "<"
        output += name
        append(attributes)
        output += ">"
        output += Self.escapeText(text)
        output += "</"
        output += name
        output += ">"
        openIsEmpty = false
    }

    /// A whole element without content, such as `<link href="…"/>`.
    mutating func element(_ name: String, _ attributes: KeyValuePairs<String, String>) {
        newLine()
        output += "<"
        output += name
        append(attributes)
        output += "/>"
        openIsEmpty = false
    }

    /// The document, ending with a newline; every started element must be ended.
    func finish() -> String {
        precondition(open.isEmpty, "unclosed elements: \(open)")
        return output + "\n"
    }

    /// Starts the line of a new element inside the open ones; the root element starts
    /// right after the declaration's line break.
    private mutating func newLine() {
        if !open.isEmpty {
            output += "\n"
            output += Self.indentation(open.count)
        }
    }

    private static func indentation(_ depth: Int) -> String {
        depth < indents.count ? indents[depth] : String(repeating: "  ", count: depth)
    }

    private mutating func append(_ attributes: KeyValuePairs<String, String>) {
        for (name, value) in attributes {
            // One append per piece: no temporary strings.
            output += " "
            output += name
            output += "=\""
            output += Self.escapeAttribute(value)
            output += "\""
        }
    }

    private static let indents = (0..<8).map { String(repeating: "  ", count: $0) }

    // MARK: - Escaping

    /// Text content: `&`, `<` and `>` become references (`>` too, so `]]>` can never
    /// appear), a carriage return becomes `&#13;` so parsers keep it, and characters
    /// XML 1.0 does not allow become U+FFFD.
    static func escapeText(_ text: String) -> String {
        escape(text, inAttribute: false)
    }

    /// An attribute value in double quotes: as text, plus `"`, and tab and line feed as
    /// references, since attribute-value normalisation would turn them into spaces.
    static func escapeAttribute(_ value: String) -> String {
        escape(value, inAttribute: true)
    }

    private static func escape(_ text: String, inAttribute: Bool) -> String {
        // Most values (URLs, dates, names) need nothing: one scan of the bytes says so.
        guard needsEscaping(text, inAttribute: inAttribute) else { return text }
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"" where inAttribute: escaped += "&quot;"
            case "\t" where inAttribute: escaped += "&#9;"
            case "\n" where inAttribute: escaped += "&#10;"
            case "\r": escaped += "&#13;"
            default: escaped.unicodeScalars.append(isAllowed(scalar) ? scalar : "\u{FFFD}")
            }
        }
        return escaped
    }

    /// Whether any byte is markup, a control character, or the lead byte of U+FFFE or
    /// U+FFFF (EF BF BE/BF), the only non-characters in UTF-8 text that XML forbids.
    /// A plain loop over the bytes, since a sitemap escapes hundreds of thousands of values.
    private static func needsEscaping(_ text: String, inAttribute: Bool) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                index += 1
                guard byte < 0x3F || byte == 0xEF else { continue }
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "\t"), UInt8(ascii: "\n"): if inAttribute { return true }
                case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), 0xEF: return true
                default: if byte < 0x20 { return true }
                }
            }
            return false
        }
    }

    /// XML 1.0 `Char`: tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD, U+10000 and up.
    private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }
}
