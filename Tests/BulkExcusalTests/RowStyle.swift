import Foundation
import IncidentModel

/// The ways a generated CSV row writes its moment, each able to say which instant it means.
enum RowStyle: Int, CaseIterable {
    case rfc3339WithOffset    // 2023-12-19T17:00:00+01:00
    case rfc3339UTC           // 2023-12-19T16:00:00Z
    case local                // 2023-12-19 17:00:00 (not in DST's repeated hour)
    case localMinutes         // 2023-12-19T17:00 (whole minutes only)
    case unixSeconds          // 1702998000
    case dutchLong            // 19 december 2023 om 17:00:00
    case dayMonthYear         // 19-12-2023 17:00:00

    /// Every summer-time change in Amsterdam from 2019 to 2026.
    static let daylightSavingChanges: [Date] = {
        let zone = WallClock.amsterdam.timeZone
        var changes: [Date] = []
        var cursor = Date(timeIntervalSince1970: 1_546_300_800)
        while let next = zone.nextDaylightSavingTimeTransition(after: cursor), next.timeIntervalSince1970 < 1_798_761_600 {
            changes.append(next)
            cursor = next
        }
        return changes
    }()

    static let dutchMonths = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
                              "september", "oktober", "november", "december"]

    /// `instant` written in this style, or nil when the style cannot name it exactly (a
    /// local reading that happens twice, or seconds in a minutes-only style).
    func write(_ instant: Date, clock: WallClock = .amsterdam) -> String? {
        func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let local = clock.localDateTime(at: instant)
        let utc = LocalDateTime(secondsSinceEpochAsUTC: Int(instant.timeIntervalSince1970))
        let isExact: Bool
        if case .exact = clock.resolve(local) { isExact = true } else { isExact = false }
        let time = "\(pad(local.hour)):\(pad(local.minute)):\(pad(local.second))"
        switch self {
        case .rfc3339WithOffset:
            return RFC3339.string(from: instant, in: clock)
        case .rfc3339UTC:
            return "\(utc.year)-\(pad(utc.month))-\(pad(utc.day))T\(pad(utc.hour)):\(pad(utc.minute)):\(pad(utc.second))Z"
        case .local:
            return isExact ? "\(local.year)-\(pad(local.month))-\(pad(local.day)) \(time)" : nil
        case .localMinutes:
            return isExact && local.second == 0 ? "\(local.year)-\(pad(local.month))-\(pad(local.day))T\(pad(local.hour)):\(pad(local.minute))" : nil
        case .unixSeconds:
            return String(Int(instant.timeIntervalSince1970))
        case .dutchLong:
            return isExact ? "\(local.day) \(Self.dutchMonths[local.month - 1]) \(local.year) om \(time)" : nil
        case .dayMonthYear:
            return isExact ? "\(pad(local.day))-\(pad(local.month))-\(local.year) \(time)" : nil
        }
    }
}
