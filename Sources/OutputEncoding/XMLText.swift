/// Character data escaped once for XML (`MarkupEscaping.Rules.xmlText`), for text that
/// several documents write: a feed entry's HTML goes into the site's feed, its services'
/// feeds, and each of them as Atom and RSS, and escaping kilobytes of it for every one
/// was a tenth of a small site's build.
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
