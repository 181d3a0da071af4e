import IncidentModel

/// The Dutch public holidays of docs/excusal.md (The norms and their grace), computed for
/// any year so that grace periods
/// need no hand-maintained date list.
///
/// King's Day and Queen's Day follow the same rules as the `holidays` Python package
/// (from which the test fixture is generated): from 2014 King's Day on 27 April, moved
/// to Saturday 26 April when the 27th is a Sunday; from 1980 to 2013 Queen's Day on
/// 30 April, moved to Saturday 29 April when the 30th is a Sunday (as in 2006); before
/// 1980 Queen's Day on 30 April, moved to Monday 1 May when the 30th is a Sunday.
/// Liberation Day counts only in years divisible by 5, as most collective labour
/// agreements grant it. Easter Sunday and Whit Sunday are listed even though they
/// always fall on a Sunday, because the site shows them.
public enum DutchHolidayCalendar {
    /// Every public holiday of `year`, sorted by date.
    public static func holidays(in year: Int) -> [Holiday] {
        let easter = easterSunday(in: year)
        var holidays = [
            Holiday(date: LocalDate(year: year, month: 1, day: 1), name: Names.newYear),
            Holiday(date: easter.adding(days: -2), name: Names.goodFriday),
            Holiday(date: easter, name: Names.easterSunday),
            Holiday(date: easter.adding(days: 1), name: Names.easterMonday),
            monarchsDay(in: year),
            Holiday(date: easter.adding(days: 39), name: Names.ascension),
            Holiday(date: easter.adding(days: 49), name: Names.whitSunday),
            Holiday(date: easter.adding(days: 50), name: Names.whitMonday),
            Holiday(date: LocalDate(year: year, month: 12, day: 25), name: Names.christmas),
            Holiday(date: LocalDate(year: year, month: 12, day: 26), name: Names.secondChristmas),
        ]
        if year % 5 == 0 {
            holidays.append(Holiday(date: LocalDate(year: year, month: 5, day: 5), name: Names.liberation))
        }
        return holidays.sorted { $0.date < $1.date }
    }

    /// Easter Sunday of the Gregorian calendar, by the anonymous Gregorian algorithm
    /// (Meeus/Jones/Butcher), which is exact for every Gregorian year.
    public static func easterSunday(in year: Int) -> LocalDate {
        let a = year % 19
        let b = year / 100
        let c = year % 100
        let d = b / 4
        let e = b % 4
        let f = (b + 8) / 25
        let g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4
        let k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let monthAndDay = h + l - 7 * m + 114
        return LocalDate(year: year, month: monthAndDay / 31, day: monthAndDay % 31 + 1)
    }

    /// King's Day from 2014, Queen's Day before, each with the Sunday rule of its era.
    private static func monarchsDay(in year: Int) -> Holiday {
        if year >= 2014 {
            let date = LocalDate(year: year, month: 4, day: 27)
            return Holiday(date: date.isoWeekday == 7 ? date.adding(days: -1) : date, name: Names.kingsDay)
        }
        let date = LocalDate(year: year, month: 4, day: 30)
        guard date.isoWeekday == 7 else { return Holiday(date: date, name: Names.queensDay) }
        return Holiday(date: date.adding(days: year >= 1980 ? -1 : 1), name: Names.queensDay)
    }

    /// The names the Dutch government uses, with their usual English translation.
    private enum Names {
        static let newYear = LocalizedText(nl: "Nieuwjaarsdag", en: "New Year's Day")
        static let goodFriday = LocalizedText(nl: "Goede vrijdag", en: "Good Friday")
        static let easterSunday = LocalizedText(nl: "Eerste paasdag", en: "Easter Sunday")
        static let easterMonday = LocalizedText(nl: "Tweede paasdag", en: "Easter Monday")
        static let kingsDay = LocalizedText(nl: "Koningsdag", en: "King's Day")
        static let queensDay = LocalizedText(nl: "Koninginnedag", en: "Queen's Day")
        static let liberation = LocalizedText(nl: "Bevrijdingsdag", en: "Liberation Day")
        static let ascension = LocalizedText(nl: "Hemelvaartsdag", en: "Ascension Day")
        static let whitSunday = LocalizedText(nl: "Eerste pinksterdag", en: "Whit Sunday")
        static let whitMonday = LocalizedText(nl: "Tweede pinksterdag", en: "Whit Monday")
        static let christmas = LocalizedText(nl: "Eerste kerstdag", en: "Christmas Day")
        static let secondChristmas = LocalizedText(nl: "Tweede kerstdag", en: "Second Day of Christmas")
    }
}
