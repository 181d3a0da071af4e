extension Int {
    /// `7.zeroPadded()` → `"07"`, `2023.zeroPadded(4)` → `"2023"`: every written date
    /// and time in the project has fixed-width numeric fields, padded by this one rule.
    public func zeroPadded(_ width: Int = 2) -> String {
        var bytes: [UInt8] = []
        appendZeroPadded(width, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The same digits appended to a byte buffer, for formatters that write thousands
    /// of timestamps per build without a string per field.
    public func appendZeroPadded(_ width: Int = 2, to bytes: inout [UInt8]) {
        // Minutes, hours, days and months: two digits, the most common case by far.
        if width == 2, self >= 0, self < 100 {
            bytes.append(UInt8(ascii: "0") + UInt8(self / 10))
            bytes.append(UInt8(ascii: "0") + UInt8(self % 10))
            return
        }
        if self < 0 { bytes.append(UInt8(ascii: "-")) }
        // Digits go in least significant first, then the padded field is turned round.
        let start = bytes.count
        var magnitude = self.magnitude
        repeat {
            bytes.append(UInt8(ascii: "0") + UInt8(magnitude % 10))
            magnitude /= 10
        } while magnitude > 0
        while bytes.count - start < width { bytes.append(UInt8(ascii: "0")) }
        bytes[start...].reverse()
    }
}
