/// Header text for e-mail, which must be 7-bit ASCII in lines of at most 78 characters:
/// plain ASCII is folded at spaces; anything else becomes RFC 2047 "Q" encoded words
/// of UTF-8 (`=?UTF-8?Q?Storing_opgel=C3=B6st?=`), each at most 75 characters and
/// never splitting a character between two words.
public enum MIMEHeaderEncoding {
    /// Room for one encoded word, so that `Subject: ` and the word fit in 78 characters.
    static let wordLimit = 66

    /// The field `name: text`, folded with CRLF + space; no trailing CRLF.
    public static func field(_ name: String, _ text: String) -> String {
        let prefix = name + ": "
        if needsEncoding(text) {
            return prefix + encodedWords(text).joined(separator: "\r\n ")
        }
        return fold(prefix + text)
    }

    /// A display name for `From:`/`To:`: a quoted string when it is plain ASCII, else
    /// encoded words (which may not stand inside quotes).
    public static func phrase(_ text: String) -> String {
        if needsEncoding(text) { return encodedWords(text).joined(separator: " ") }
        let escaped = text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        return "\"\(escaped)\""
    }

    /// Whether `text` needs encoded words: any byte outside printable ASCII, or `=?`,
    /// which a reader would take for the start of one.
    static func needsEncoding(_ text: String) -> Bool {
        text.utf8.contains { $0 < 0x20 || $0 > 0x7E } || text.contains("=?")
    }

    /// The "Q" encoded words of `text`: letters, digits and `!*+-/` stay, a space is
    /// `_`, every other byte is `=XX`; the set that RFC 2047 allows in every context.
    public static func encodedWords(_ text: String) -> [String] {
        let open = "=?UTF-8?Q?", close = "?="
        var words: [String] = []
        var current = ""
        for character in text {
            var encoded = ""
            for byte in String(character).utf8 {
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                     UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "!"), UInt8(ascii: "*"),
                     UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "/"):
                    encoded.unicodeScalars.append(Unicode.Scalar(byte))
                case UInt8(ascii: " "):
                    encoded += "_"
                default:
                    encoded += "=" + hex(byte)
                }
            }
            if !current.isEmpty, open.count + current.count + encoded.count + close.count > wordLimit {
                words.append(open + current + close)
                current = ""
            }
            current += encoded
        }
        if !current.isEmpty || words.isEmpty { words.append(open + current + close) }
        return words
    }

    /// Folds an ASCII header line at spaces so no line passes 78 characters. The field
    /// name and the first word stay on the first line (a fold right after the colon
    /// would put a space in front of the value), and a single longer word stays whole:
    /// RFC 5322 allows lines of up to 998.
    static func fold(_ line: String) -> String {
        var words = line.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        if words.count > 1, words[0].hasSuffix(":") { words[0...1] = [words[0] + " " + words[1]] }
        var lines: [String] = []
        var current = words.removeFirst()
        for word in words {
            if current.count + 1 + word.count > 78 {
                lines.append(current)
                current = " " + word
            } else {
                current += " " + word
            }
        }
        lines.append(current)
        return lines.joined(separator: "\r\n")
    }

    static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF".unicodeScalars)
        return String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 0x0F)])
    }
}
