import Foundation

/// Formats instants as RFC 3339 with the offset in force at that instant
/// (`2023-12-13T12:23:00+01:00`), the one time format of every JSON and CSV output.
public enum RFC3339 {
    public static func string(from instant: Date, in clock: WallClock = .amsterdam) -> String {
        let offset = clock.utcOffset(at: instant)
        let local = LocalDateTime(
            secondsSinceEpochAsUTC: Int(instant.timeIntervalSince1970.rounded(.down)) + offset)
        let zone = offset == 0 && clock.timeZone.identifier == "UTC" ? "Z" : offsetText(offset)
        return "\(local.year.zeroPadded(4))-\(local.month.zeroPadded())-\(local.day.zeroPadded())"
            + "T\(local.hour.zeroPadded()):\(local.minute.zeroPadded()):\(local.second.zeroPadded())"
            + zone
    }

    /// `+01:00` for 3600 seconds east of UTC; `separator: ""` gives RFC 822's `+0100`.
    public static func offsetText(_ seconds: Int, separator: String = ":") -> String {
        "\(seconds < 0 ? "-" : "+")\((abs(seconds) / 3_600).zeroPadded())\(separator)\((abs(seconds) % 3_600 / 60).zeroPadded())"
    }
}
