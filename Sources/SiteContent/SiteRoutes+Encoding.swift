extension SiteRoutes {
    /// A route with everything but RFC 3986's unreserved characters and `/`
    /// percent-encoded: an incident id comes from a file name, which may hold spaces,
    /// accents or `&`, and pages, feeds and the sitemap must all carry the same valid URL.
    /// Every link of every page passes through here, so the common case (nothing to
    /// encode) is one scan of the bytes and returns the route itself.
    public static func percentEncoded(_ route: String) -> String {
        var route = route
        let needsEncoding = route.withUTF8 { bytes in bytes.contains { !isUnreserved($0) } }
        guard needsEncoding else { return route }
        var result: [UInt8] = []
        result.reserveCapacity(route.utf8.count * 3)
        for byte in route.utf8 {
            if isUnreserved(byte) {
                result.append(byte)
            } else {
                result += [UInt8(ascii: "%"), hexDigit(byte >> 4), hexDigit(byte & 0x0F)]
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// `0`–`9`, `A`–`F` for a value below 16.
    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "A") + value - 10
    }

    /// Whether `byte` is one of RFC 3986's unreserved characters, or `/`. A comparison
    /// rather than a table: a global table is looked up through a one-time-initialization
    /// check at every byte of every link.
    @inline(__always)
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
