import Foundation
import IncidentModel

/// A day a grace period passed over without counting it: a weekend day, or a holiday
/// with its name.
public struct SkippedDay: Sendable, Hashable {
    public var date: LocalDate
    /// Nil for a Saturday or Sunday that is no holiday.
    public var holiday: LocalizedText?

    public init(date: LocalDate, holiday: LocalizedText?) {
        self.date = date
        self.holiday = holiday
    }
}

extension BusinessCalendar {
    /// The holiday on `date`, if it is one (after `site.yml`'s changes).
    public func holiday(on date: LocalDate) -> Holiday? {
        guard isHoliday(date) else { return nil }
        return holidays(in: date.year).first { $0.date == date }
    }

    /// The days that did not count while `grace` was added to `end`: for business days,
    /// the days off stepped over between the end's date and the grace's end; for business
    /// hours, the days off from the end's own date on, whose hours did not count.
    public func skippedDays(applying grace: Norm.Grace, to end: Date) -> [SkippedDay] {
        let graced = applyingGrace(grace, to: end)
        let first: LocalDate
        switch grace {
        case .none: return []
        case .businessDays: first = localDate(at: end).adding(days: 1)
        case .businessHours: first = localDate(at: end)
        }
        var skipped: [SkippedDay] = []
        var date = first
        // The grace's own last day counts (it is a business day), so stop before it.
        let last = localDate(at: graced)
        while date < last {
            if !isBusinessDay(date) { skipped.append(SkippedDay(date: date, holiday: holiday(on: date)?.name)) }
            date = date.adding(days: 1)
        }
        return skipped
    }
}
