extension SiteRoutes {
    /// A route with everything but RFC 3986's unreserved characters and `/`
    /// percent-encoded: an incident id comes from a file name, which may hold spaces,
    /// accents or `&`, and pages, feeds and the sitemap must all carry the same valid URL.
    /// Every link of every page passes through here, so the common case (nothing to
    /// encode) is one scan of the bytes and returns the route itself.
    public static func percentEncoded(_ route: String) -> String {
        var route = route
        let needsEncoding = route.withUTF8 { bytes in bytes.contains { !isUnreserved[Int($0)] } }
        guard needsEncoding else { return route }
        var result: [UInt8] = []
        result.reserveCapacity(route.utf8.count * 3)
        for byte in route.utf8 {
            if isUnreserved[Int(byte)] {
                result.append(byte)
            } else {
                result += [UInt8(ascii: "%"), hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0x0F)]]
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    private static let hexDigits: [UInt8] = Array("0123456789ABCDEF".utf8)

    /// Per byte value: is it one of RFC 3986's unreserved characters, or `/`?
    private static let isUnreserved: [Bool] = (0...255).map { value in
        switch UInt8(value) {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
             UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
            true
        default:
            false
        }
    }
}
