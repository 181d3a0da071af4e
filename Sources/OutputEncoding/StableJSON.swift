import Foundation

/// The one JSON set-up of every file and report the tool writes: pretty-printed, keys
/// sorted, slashes unescaped, so the same values always give the same bytes and diffs
/// of published JSON stay readable.
public enum StableJSON {
    /// `value` as JSON text, without a final newline.
    public static func string(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // The wire types hold strings, numbers, booleans and optionals: encoding cannot fail.
        let data = try! encoder.encode(value)
        return String(decoding: data, as: UTF8.self)
    }

    /// `text`, as `string(_:)` wrote it, with the empty string value of `key` replaced by
    /// `verbatim`: how a placeholder (`BuildTimeStamps`), whose bytes an encoder would
    /// escape, takes the place of a value. Keys are sorted and strings escape their
    /// quotes, so the first `"key" : ""` is that key's; give each such key once per text.
    /// Searched as bytes: Foundation's `range(of:)` took longer over a Statuspage file than
    /// encoding it.
    public static func replacingEmptyValue(of key: String, with verbatim: String, in text: String) -> String {
        let needle = Array("\"\(key)\" : \"\"".utf8)
        let bytes = Array(text.utf8)
        guard let start = firstOffset(of: needle, in: bytes) else { return text }
        var replaced: [UInt8] = []
        replaced.reserveCapacity(bytes.count + verbatim.utf8.count)
        replaced += bytes[..<(start + needle.count - 1)]
        replaced += verbatim.utf8
        replaced += bytes[(start + needle.count - 1)...]
        return String(decoding: replaced, as: UTF8.self)
    }

    private static func firstOffset(of needle: [UInt8], in bytes: [UInt8]) -> Int? {
        guard let first = needle.first, needle.count <= bytes.count else { return nil }
        var offset = 0
        while let found = bytes[offset...].firstIndex(of: first), found + needle.count <= bytes.count {
            if bytes[found..<(found + needle.count)].elementsEqual(needle) { return found }
            offset = found + 1
        }
        return nil
    }
}
