import Foundation

/// Formats instants as RFC 3339 with the offset in force at that instant
/// (`2023-12-13T12:23:00+01:00`), the one time format of every JSON and CSV output.
public enum RFC3339 {
    public static func string(from instant: Date, in clock: WallClock = .amsterdam) -> String {
        let offset = clock.utcOffset(at: instant)
        let local = LocalDateTime(
            secondsSinceEpochAsUTC: Int(instant.timeIntervalSince1970.rounded(.down)) + offset)
        // Pages and feeds write tens of thousands of these per build: written straight
        // into the string, no string per field.
        let room = ShortText.room(local.year, width: 4) + ShortText.room(local.month) + ShortText.room(local.day)
            + ShortText.room(local.hour) + ShortText.room(local.minute) + ShortText.room(local.second) + offsetRoom(offset) + 6
        return ShortText.make(capacity: room) { text in
            text.appendFields(local.year, local.month, local.day, separator: UInt8(ascii: "-"), firstWidth: 4)
            text.append(UInt8(ascii: "T"))
            text.appendFields(local.hour, local.minute, local.second, separator: UInt8(ascii: ":"))
            if clock.isUTC {
                text.append(UInt8(ascii: "Z"))
            } else {
                appendOffset(offset, separator: ":", to: &text)
            }
        }
    }

    /// `+01:00` for 3600 seconds east of UTC; `separator: ""` gives RFC 822's `+0100`.
    public static func offsetText(_ seconds: Int, separator: String = ":") -> String {
        ShortText.make(capacity: offsetRoom(seconds) + separator.utf8.count) { appendOffset(seconds, separator: separator, to: &$0) }
    }

    /// The bytes of an offset without its separator.
    private static func offsetRoom(_ seconds: Int) -> Int {
        1 + ShortText.room(abs(seconds) / 3_600) + 2
    }

    private static func appendOffset(_ seconds: Int, separator: String, to text: inout ShortText) {
        text.append(seconds < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"))
        text.appendZeroPadded(abs(seconds) / 3_600)
        if !separator.isEmpty { text.append(separator) }
        text.appendZeroPadded(abs(seconds) % 3_600 / 60)
    }
}
