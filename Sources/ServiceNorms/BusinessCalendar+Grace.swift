import Foundation
import IncidentModel

extension BusinessCalendar {
    /// The end of an excused window: the impact window's end plus the norm's grace,
    /// because work that piled up during an outage takes time to clear.
    public func applyingGrace(_ grace: Norm.Grace, to end: Date) -> Date {
        switch grace {
        case .none: end
        case .businessDays(let count): addingBusinessDays(count, to: end)
        case .businessHours(let count): addingBusinessHours(count, to: end)
        }
    }

    /// Steps forward day by day, counting only business days, and keeps the wall-clock
    /// time (Friday 17:00 + 1 → Monday 17:00).
    ///
    /// Because the wall time is kept, the elapsed time differs across a DST change; a
    /// kept time that falls in a DST gap moves forward, one shown twice takes the later
    /// instant (`WallClock.instant`). A count of zero or less adds nothing.
    public func addingBusinessDays(_ count: Int, to instant: Date) -> Date {
        guard count > 0 else { return instant }
        let reading = clock.localDateTime(at: instant)
        var date = LocalDate(reading)
        var remaining = count
        while remaining > 0 {
            date = date.adding(days: 1)
            if isBusinessDay(date) { remaining -= 1 }
        }
        let kept = date.at(hour: reading.hour, minute: reading.minute, second: reading.second)
        return clock.instant(kept).addingTimeInterval(Self.subsecond(of: instant))
    }

    /// The earliest instant by which `count` hours that fall on business days have
    /// elapsed (Friday 17:00 + 24 → Monday 17:00; Thursday 00:00 + 48 → Saturday 00:00).
    ///
    /// Hours are real elapsed time: a business day runs from local midnight to the next
    /// local midnight, which is 23 or 25 hours on a DST change. A count of zero or less
    /// adds nothing.
    public func addingBusinessHours(_ count: Int, to instant: Date) -> Date {
        guard count > 0 else { return instant }
        var remaining = TimeInterval(count) * 3_600
        var current = instant
        while true {
            let date = localDate(at: current)
            let dayEnd = startOfDay(date.adding(days: 1))
            if isBusinessDay(date) {
                let available = dayEnd.timeIntervalSince(current)
                if remaining <= available { return current.addingTimeInterval(remaining) }
                remaining -= available
            }
            current = dayEnd
        }
    }

    /// The part of an instant below whole seconds, which wall-clock readings drop.
    private static func subsecond(of instant: Date) -> TimeInterval {
        let seconds = instant.timeIntervalSince1970
        return seconds - seconds.rounded(.down)
    }
}
