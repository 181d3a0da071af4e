import Foundation
import IncidentModel

/// Decides which local dates are business days in the Netherlands (Monday to Friday,
/// not a public holiday), the unit in which grace periods are counted.
///
/// It works on the dates an explicit `WallClock` shows and never reads the system
/// clock or time zone, so the same input always gives the same answer.
public struct BusinessCalendar: Sendable {
    /// The clock whose local dates and times the calendar counts in.
    public let clock: WallClock
    /// Extra days off from `site.yml` (a company closing day, say).
    public let addedHolidays: Set<LocalDate>
    /// Public holidays that `site.yml` declares to be ordinary days.
    public let removedHolidays: Set<LocalDate>
    private let holidayTable: HolidayTable

    /// A Dutch calendar, adjusted by the dates `site.yml` adds and removes.
    ///
    /// A date in both lists is added: an explicit day off wins over a removal.
    /// Adding a weekend date or removing one changes nothing, since weekends are never
    /// business days.
    public init(clock: WallClock = .amsterdam, adding added: Set<LocalDate> = [], removing removed: Set<LocalDate> = []) {
        self.clock = clock
        self.addedHolidays = added
        self.removedHolidays = removed
        self.holidayTable = HolidayTable(adding: added, removing: removed)
    }

    /// The holidays of `year` after `site.yml`'s additions and removals, sorted by date.
    public func holidays(in year: Int) -> [Holiday] {
        let standard = DutchHolidayCalendar.holidays(in: year).filter { !removedHolidays.contains($0.date) }
        let standardDates = Set(standard.map(\.date))
        let extra = addedHolidays
            .filter { $0.year == year && !standardDates.contains($0) }
            .map { Holiday(date: $0, name: LocalizedText(nl: "Extra vrije dag", en: "Extra day off")) }
        return (standard + extra).sorted { ($0.date, $0.name.nl) < ($1.date, $1.name.nl) }
    }

    /// Whether no business is done on `date` because of a (public or added) holiday.
    public func isHoliday(_ date: LocalDate) -> Bool {
        holidayTable.contains(date)
    }

    /// Monday to Friday and not a holiday.
    public func isBusinessDay(_ date: LocalDate) -> Bool {
        !date.isWeekend && !isHoliday(date)
    }

    /// The local date the calendar's clock shows at an instant.
    public func localDate(at instant: Date) -> LocalDate {
        LocalDate(clock.localDateTime(at: instant))
    }

    /// The instant a local day begins (its 00:00, or the first instant after a gap).
    public func startOfDay(_ date: LocalDate) -> Date {
        clock.instant(date.midnight)
    }
}
