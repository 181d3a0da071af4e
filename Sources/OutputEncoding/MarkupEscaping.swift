/// The one escaper of every page, feed and sitemap: text from incident files becomes
/// character data, never markup. It works on UTF-8 bytes (a `Character` can hide a
/// quote behind a combining mark) and appends to the writer's buffer, so most values,
/// which need nothing, cost one scan.
public enum MarkupEscaping {
    /// Which characters a context needs escaped.
    public enum Rules: Sendable {
        /// HTML text and double-quoted attribute values: `< > & " '`.
        case html
        /// XML character data: `& < >`, a carriage return as `&#13;` so parsers keep it,
        /// and characters XML 1.0 forbids replaced by U+FFFD.
        case xmlText
        /// A double-quoted XML attribute value: as text, plus `"`, tab and line feed,
        /// which attribute-value normalisation would otherwise turn into spaces.
        case xmlAttribute
    }

    /// The bytes below 0x40 that a rule may replace, one bit each: controls (0x00–0x1F),
    /// `"` `&` `'` `<` `>`. Digits, `/`, `:`, `.` and `-`, which fill every URL, are not.
    private static let attention: UInt64 = 0xFFFF_FFFF
        | 1 << 0x22 | 1 << 0x26 | 1 << 0x27 | 1 << 0x3C | 1 << 0x3E

    /// Appends `text`, escaped by `rules`, to `bytes`.
    public static func append(_ text: String, rules: Rules, to bytes: inout [UInt8]) {
        var text = text
        text.withUTF8 { source in
            guard let base = source.baseAddress else { return }
            var start = 0
            var index = 0
            while index < source.count {
                var end = source.count
                if index + 8 <= source.count {
                    // Eight bytes at a time: most words of text hold nothing to replace.
                    if !mayNeedReplacing(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) {
                        index += 8
                        continue
                    }
                    end = index + 8
                }
                while index < end {
                    guard let found = replacement(at: index, in: source, rules: rules) else {
                        index += 1
                        continue
                    }
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[start..<index]))
                    found.text.withUTF8Buffer { bytes.append(contentsOf: $0) }
                    index += found.length
                    start = index
                }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[start..<source.count]))
        }
    }

    /// What replaces the byte at `index` under `rules`, and how many bytes it stands for
    /// (three for U+FFFE and U+FFFF); nil when the byte stays.
    @inline(__always)
    private static func replacement(
        at index: Int, in source: UnsafeBufferPointer<UInt8>, rules: Rules
    ) -> (text: StaticString, length: Int)? {
        let byte = source[index]
        // Most bytes are letters, digits, URL punctuation or multi-byte text: one
        // comparison and one bit of `attention` say so.
        guard byte == 0xEF || (byte < 0x40 && (Self.attention >> UInt64(byte)) & 1 == 1) else { return nil }
        let text: StaticString?
        switch byte {
        case UInt8(ascii: "<"): text = "&lt;"
        case UInt8(ascii: ">"): text = "&gt;"
        case UInt8(ascii: "&"): text = "&amp;"
        case UInt8(ascii: "\""): text = rules == .xmlText ? nil : "&quot;"
        case UInt8(ascii: "'"): text = rules == .html ? "&#39;" : nil
        case UInt8(ascii: "\t"): text = rules == .xmlAttribute ? "&#9;" : nil
        case UInt8(ascii: "\n"): text = rules == .xmlAttribute ? "&#10;" : nil
        case UInt8(ascii: "\r"): text = rules == .html ? nil : "&#13;"
        case 0xEF:
            // U+FFFE and U+FFFF (EF BF BE/BF): the non-characters XML forbids.
            guard rules != .html, index + 2 < source.count, source[index + 1] == 0xBF, source[index + 2] >= 0xBE else {
                return nil
            }
            return ("\u{FFFD}", 3)
        default:
            text = byte < 0x20 && rules != .html ? "\u{FFFD}" : nil
        }
        return text.map { ($0, 1) }
    }

    /// Whether any of eight bytes is one a rule may replace: a control, `"` `&` `'` `<`
    /// `>`, or 0xEF (which starts U+FFFE and U+FFFF). False means none is, for certain.
    /// Each test is the classic "has a zero byte" bit trick, on the bytes' difference
    /// from the value sought.
    @inline(__always)
    private static func mayNeedReplacing(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        @inline(__always) func hasZeroByte(_ value: UInt64) -> UInt64 { (value &- ones) & ~value & highs }
        @inline(__always) func has(_ byte: UInt64) -> UInt64 { hasZeroByte(word ^ (ones &* byte)) }
        let control = (word &- ones &* 0x20) & ~word & highs
        return control | has(0x22) | has(0x26) | has(0x27) | has(0x3C) | has(0x3E) | has(0xEF) != 0
    }

    /// `text` escaped by `rules`, for the few places that need a `String`.
    public static func escaped(_ text: String, rules: Rules) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 16)
        append(text, rules: rules, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }
}
