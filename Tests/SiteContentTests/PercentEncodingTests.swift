@testable import SiteContent
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

    /// Every byte value in every one of the eight places of a word, and random routes of
    /// up to forty bytes, against the byte-by-byte rule.
    @Test func wordsAreReadAsTheirBytes() {
        for byte in UInt8.min...UInt8.max {
            for place in 0..<8 {
                var bytes = Array("abcdefgh".utf8)
                bytes[place] = byte
                let expected = bytes.allSatisfy(Self.kept.contains)
                #expect(bytes.withUnsafeBufferPointer(SiteRoutes.areUnreserved) == expected, "byte \(byte) at \(place)")
            }
        }
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array(Self.kept) + Array(" %&?#éZz~_".utf8) + [0x00, 0x7F, 0x80, 0xFF]
        for _ in 0..<5_000 {
            let bytes = (0..<Int.random(in: 0...40, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
            #expect(bytes.withUnsafeBufferPointer(SiteRoutes.areUnreserved) == bytes.allSatisfy(Self.kept.contains), "\(bytes)")
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
