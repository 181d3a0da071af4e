extension SiteRoutes {
    /// A route with everything but RFC 3986's unreserved characters and `/`
    /// percent-encoded: an incident id comes from a file name, which may hold spaces,
    /// accents or `&`, and pages, feeds and the sitemap must all carry the same valid URL.
    public static func percentEncoded(_ route: String) -> String {
        guard route.utf8.contains(where: { !isUnreserved($0) }) else { return route }
        var result = ""
        result.reserveCapacity(route.utf8.count * 3)
        for byte in route.utf8 {
            if isUnreserved(byte) {
                result.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                result += "%"
                result.unicodeScalars.append(hexDigits[Int(byte >> 4)])
                result.unicodeScalars.append(hexDigits[Int(byte & 0x0F)])
            }
        }
        return result
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
