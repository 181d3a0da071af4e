import Foundation
import IncidentModel

extension BusinessCalendar {
    // The seller documentation measures phone reachability Mon–Fri 09:00–17:00.
    private static let openingHour = 9
    private static let closingHour = 17

    /// The parts of `range` that fall within office hours (09:00–17:00 local on business
    /// days), oldest first; empty when the range misses them all.
    public func officeHours(in range: TimeRange) -> [TimeRange] {
        guard !range.isEmpty else { return [] }
        var pieces: [TimeRange] = []
        var date = localDate(at: range.start)
        let last = localDate(at: range.end)
        while date <= last {
            if isBusinessDay(date) {
                let open = clock.instant(date.at(hour: Self.openingHour))
                let close = clock.instant(date.at(hour: Self.closingHour))
                if let piece = range.intersection(TimeRange(start: open, end: close)) {
                    pieces.append(piece)
                }
            }
            date = date.adding(days: 1)
        }
        return pieces
    }
}
