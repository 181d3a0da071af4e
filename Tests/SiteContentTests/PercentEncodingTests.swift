import SiteContent
import Testing

/// Every link passes through `SiteRoutes.percentEncoded`, which returns a route that
/// needs nothing encoded as it is. Each byte must be kept or encoded as RFC 3986 says.
@Suite struct PercentEncodingTests {
    /// RFC 3986's unreserved characters, and `/`, which separates a route's folders.
    static let kept = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~/".utf8)

    @Test func everyASCIIByteIsKeptOrEncodedAsTheRFCSays() {
        for byte in UInt8(0)..<128 {
            let text = String(decoding: [UInt8(ascii: "x"), byte], as: UTF8.self)
            let expected = Self.kept.contains(byte)
                ? text : "x%" + String(byte >> 4, radix: 16).uppercased() + String(byte & 0x0F, radix: 16).uppercased()
            #expect(SiteRoutes.percentEncoded(text) == expected, "byte \(byte)")
        }
    }

    @Test(arguments: [
        ("incidents/2024-06-03-storing/", "incidents/2024-06-03-storing/"),
        ("incidents/café & co/", "incidents/caf%C3%A9%20%26%20co/"),
        ("en/norms/op-tijd/2024-W01/", "en/norms/op-tijd/2024-W01/"),
        ("incidents/\"quote'/", "incidents/%22quote%27/"),
    ])
    func routes(route: String, encoded: String) {
        #expect(SiteRoutes.percentEncoded(route) == encoded)
    }
}
