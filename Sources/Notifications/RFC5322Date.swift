import Foundation
import IncidentModel

/// The `Date:` of an e-mail (RFC 5322 §3.3): `Tue, 19 Dec 2023 09:00:00 +0100`, in
/// Amsterdam time like everything else the site says.
enum RFC5322Date {
    static let weekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    static func string(from instant: Date, clock: WallClock = .amsterdam) -> String {
        let local = clock.localDateTime(at: instant)
        let offset = clock.utcOffset(at: instant)
        let sign = offset < 0 ? "-" : "+"
        let zone = sign + (abs(offset) / 3_600).zeroPadded() + (abs(offset) % 3_600 / 60).zeroPadded()
        return "\(weekdays[local.isoWeekday - 1]), \(local.day) \(months[local.month - 1]) \(local.year) "
            + "\(local.hour.zeroPadded()):\(local.minute.zeroPadded()):\(local.second.zeroPadded()) \(zone)"
    }
}
