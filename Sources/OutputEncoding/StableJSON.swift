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
}
