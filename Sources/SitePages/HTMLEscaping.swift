import Mustache

/// HTML escaping for `{{ }}`: swift-mustache's five replacements (`<`, `>`, `&`, `"`, `'`)
/// done on UTF-8 bytes. swift-mustache compares whole `Character`s through a dictionary,
/// which was most of a page's rendering time and lets a quote followed by a combining
/// mark (one `Character`) through unescaped.
///
/// `ThemeLoader` starts every template with `{{% CONTENT_TYPE: HTML_UTF8 }}` (swift-mustache
/// resets the content type in each partial), so theme files need not mention it.
struct HTMLUTF8ContentType: MustacheContentType {
    /// The name templates use in the pragma.
    static let name = "HTML_UTF8"

    /// Makes the pragma known to swift-mustache, once per process; evaluated before any
    /// template is parsed.
    static let registration: Void = MustacheContentTypes.register(HTMLUTF8ContentType(), named: name)

    func escapeText(_ text: String) -> String {
        Self.escape(text)
    }

    static func escape(_ text: String) -> String {
        let utf8 = text.utf8
        guard utf8.contains(where: needsEscaping) else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count + 16)
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "<"): bytes.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): bytes.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "&"): bytes.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "\""): bytes.append(contentsOf: "&quot;".utf8)
            case UInt8(ascii: "'"): bytes.append(contentsOf: "&#39;".utf8)
            default: bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func needsEscaping(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "&")
            || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }
}
