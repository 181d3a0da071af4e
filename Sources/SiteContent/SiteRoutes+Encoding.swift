extension SiteRoutes {
    /// A route with everything but RFC 3986's unreserved characters and `/`
    /// percent-encoded: an incident id comes from a file name, which may hold spaces,
    /// accents or `&`, and pages, feeds and the sitemap must all carry the same valid URL.
    /// Every link of every page passes through here, so the common case (nothing to
    /// encode) is one scan of the bytes and returns the route itself.
    public static func percentEncoded(_ route: String) -> String {
        var route = route
        let needsEncoding = route.withUTF8 { !areUnreserved($0) }
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

    /// Whether every byte is unreserved (`isUnreserved`), read eight at a time: a route is
    /// mostly letters, digits and `-`, and a byte at a time this scan was 2.5% of a build of
    /// 10,000 incidents (a million links).
    static func areUnreserved(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        var index = 0
        while index + 8 <= bytes.count {
            guard areUnreserved(word: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) else { return false }
            index += 8
        }
        while index < bytes.count {
            guard isUnreserved(bytes[index]) else { return false }
            index += 1
        }
        return true
    }

    /// Whether all eight bytes of `word` are unreserved. For ASCII bytes (below 0x80),
    /// adding `0x80 - low` to each sets its high bit exactly when it is at least `low`, and
    /// adding `0x7F - high` exactly when it is above `high`, with no carry into the next byte.
    @inline(__always)
    private static func areUnreserved(word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        guard word & highs == 0 else { return false }
        @inline(__always) func within(_ low: UInt64, _ high: UInt64) -> UInt64 {
            (word &+ ones &* (0x80 - low)) & ~(word &+ ones &* (0x7F - high)) & highs
        }
        // `-` `.` `/` and the digits are one run, 0x2D–0x39.
        let kept = within(0x2D, 0x39) | within(0x41, 0x5A) | within(0x61, 0x7A) | within(0x5F, 0x5F) | within(0x7E, 0x7E)
        return kept == highs
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
