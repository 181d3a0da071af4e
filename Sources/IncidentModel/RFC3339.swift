import Foundation

/// Formats instants as RFC 3339 with the offset in force at that instant
/// (`2023-12-13T12:23:00+01:00`), the one time format of every JSON and CSV output.
public enum RFC3339 {
    public static func string(from instant: Date, in clock: WallClock = .amsterdam) -> String {
        let offset = clock.utcOffset(at: instant)
        let local = LocalDateTime(
            secondsSinceEpochAsUTC: Int(instant.timeIntervalSince1970.rounded(.down)) + offset)
        let sign = offset < 0 ? "-" : "+"
        let zone = offset == 0 && clock.timeZone.identifier == "UTC"
            ? "Z" : "\(sign)\(LocalDateTime.pad(abs(offset) / 3_600)):\(LocalDateTime.pad(abs(offset) % 3_600 / 60))"
        return "\(LocalDateTime.pad(local.year, 4))-\(LocalDateTime.pad(local.month))-\(LocalDateTime.pad(local.day))"
            + "T\(LocalDateTime.pad(local.hour)):\(LocalDateTime.pad(local.minute)):\(LocalDateTime.pad(local.second))"
            + zone
    }
}
