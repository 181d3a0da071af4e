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
    public static func replacingEmptyValue(of key: String, with verbatim: String, in text: String) -> String {
        let name = "\"\(key)\" : \""
        guard let empty = text.range(of: name + "\"") else { return text }
        return text.replacingCharacters(in: empty, with: name + verbatim + "\"")
    }
}
