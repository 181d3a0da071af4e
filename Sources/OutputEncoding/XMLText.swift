/// Character data escaped once for XML (`MarkupEscaping.Rules.xmlText`), for text that
/// several documents write: a feed entry's HTML (kilobytes: the whole timeline) goes into
/// the site's feed and its services' feeds, each written as Atom and as RSS.
public struct XMLText: Sendable, Equatable {
    /// The escaped UTF-8 bytes, as `XMLWriter` writes them.
    public let escaped: [UInt8]

    public init(_ text: String) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + text.utf8.count / 8)
        MarkupEscaping.append(text, rules: .xmlText, to: &bytes)
        escaped = bytes
    }
}
