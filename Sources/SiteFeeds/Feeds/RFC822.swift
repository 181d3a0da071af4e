import Foundation
import IncidentModel

/// Formats instants as RSS 2.0 wants them: RFC 822 with a four-digit year (RFC 1123),
/// English day and month names, and the Amsterdam offset in force at that instant
/// (`Wed, 13 Dec 2023 12:23:00 +0100`), independent of the machine's locale.
enum RFC822 {
    private static let days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    static func string(from instant: Date, in clock: WallClock = .amsterdam) -> String {
        let local = clock.localDateTime(at: instant)
        let offset = clock.utcOffset(at: instant)
        let zone = RFC3339.offsetText(offset, separator: "")
        return "\(days[local.isoWeekday - 1]), \(local.day.zeroPadded()) \(months[local.month - 1]) \(local.year) "
            + "\(local.hour.zeroPadded()):\(local.minute.zeroPadded()):\(local.second.zeroPadded()) \(zone)"
    }
}
