import SiteContent

extension SiteSnapshot {
    /// The absolute URL of a route with its path percent-encoded: an incident id comes
    /// from a file name, which may hold spaces, accents or `&`, and feeds and sitemaps
    /// must carry valid URLs. Everything but RFC 3986's unreserved characters and `/` is
    /// encoded, the same rule as the pages' own links, so that a sitemap entry equals
    /// its page's canonical URL.
    func publishedURL(_ route: String) -> String {
        var route = route
        let encoded: String? = route.withUTF8 { bytes in
            // Generated routes and slugs need nothing: only build a new string when needed.
            var index = 0
            while index < bytes.count, Self.isUnreserved(bytes[index]) { index += 1 }
            guard index < bytes.count else { return nil }
            var result = ""
            result.reserveCapacity(bytes.count * 3)
            for byte in bytes {
                if Self.isUnreserved(byte) {
                    result.unicodeScalars.append(Unicode.Scalar(byte))
                } else {
                    result += "%"
                    result.unicodeScalars.append(Self.hexDigits[Int(byte >> 4)])
                    result.unicodeScalars.append(Self.hexDigits[Int(byte & 0x0F)])
                }
            }
            return result
        }
        return absoluteURL(encoded ?? route)
    }

    private static let hexDigits: [Unicode.Scalar] = Array("0123456789ABCDEF".unicodeScalars)

    private static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
             UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
            true
        default:
            false
        }
    }
}
