import Foundation

/// Formats instants as RFC 3339 with the offset in force at that instant
/// (`2023-12-13T12:23:00+01:00`), the one time format of every JSON and CSV output.
public enum RFC3339 {
    public static func string(from instant: Date, in clock: WallClock = .amsterdam) -> String {
        let offset = clock.utcOffset(at: instant)
        let local = LocalDateTime(
            secondsSinceEpochAsUTC: Int(instant.timeIntervalSince1970.rounded(.down)) + offset)
        // Pages and feeds write tens of thousands of these per build: one buffer, no
        // string per field.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(25)
        local.year.appendZeroPadded(4, to: &bytes)
        bytes.append(UInt8(ascii: "-"))
        local.month.appendZeroPadded(to: &bytes)
        bytes.append(UInt8(ascii: "-"))
        local.day.appendZeroPadded(to: &bytes)
        bytes.append(UInt8(ascii: "T"))
        local.hour.appendZeroPadded(to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        local.minute.appendZeroPadded(to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        local.second.appendZeroPadded(to: &bytes)
        if clock.isUTC {
            bytes.append(UInt8(ascii: "Z"))
        } else {
            appendOffset(offset, separator: [UInt8(ascii: ":")], to: &bytes)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `+01:00` for 3600 seconds east of UTC; `separator: ""` gives RFC 822's `+0100`.
    public static func offsetText(_ seconds: Int, separator: String = ":") -> String {
        var bytes: [UInt8] = []
        appendOffset(seconds, separator: Array(separator.utf8), to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func appendOffset(_ seconds: Int, separator: [UInt8], to bytes: inout [UInt8]) {
        bytes.append(seconds < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"))
        (abs(seconds) / 3_600).appendZeroPadded(to: &bytes)
        bytes += separator
        (abs(seconds) % 3_600 / 60).appendZeroPadded(to: &bytes)
    }
}
