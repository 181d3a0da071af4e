/// A wall-clock minute in Europe/Amsterdam, counted from 1970-01-01 00:00 local time
/// without any time zone: the generator's only notion of time. Arithmetic is on the
/// wall clock (like a naive Python datetime); `amsterdamOffsetHours` and
/// `avoidingDaylightSavingChange()` bring in the EU summer-time rule where it matters.
struct LocalMinute: Comparable, Hashable {
    /// Minutes since 1970-01-01 00:00 on the wall clock.
    var minutes: Int

    init(minutes: Int) {
        self.minutes = minutes
    }

    init(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0) {
        minutes = (CivilDate(year: year, month: month, day: day).daysSinceEpoch * 24 + hour) * 60 + minute
    }

    static func < (lhs: LocalMinute, rhs: LocalMinute) -> Bool { lhs.minutes < rhs.minutes }

    var date: CivilDate { CivilDate(daysSinceEpoch: minutes.floorDivided(by: 1440)) }
    var hour: Int { minutes.floorModulo(1440) / 60 }
    var minute: Int { minutes.floorModulo(60) }

    func adding(minutes delta: Int) -> LocalMinute { LocalMinute(minutes: minutes + delta) }
    func adding(days: Int) -> LocalMinute { adding(minutes: days * 1440) }

    /// The same day at `hour`:00.
    func atHour(_ hour: Int) -> LocalMinute {
        LocalMinute(minutes: date.daysSinceEpoch * 1440 + hour * 60)
    }

    /// +2 in summer time (last Sunday of March 03:00 up to last Sunday of October 02:00), else +1.
    var amsterdamOffsetHours: Int {
        let year = date.year
        let summerStart = LocalMinute(minutes: CivilDate.lastSunday(of: 3, in: year).daysSinceEpoch * 1440 + 180)
        let summerEnd = LocalMinute(minutes: CivilDate.lastSunday(of: 10, in: year).daysSinceEpoch * 1440 + 120)
        return (summerStart <= self && self < summerEnd) ? 2 : 1
    }

    /// Moved an hour on (or back) when it falls in the 02:00–03:00 hour of a summer-time
    /// change, which does not exist (March) or happens twice (October) and would need an offset.
    func avoidingDaylightSavingChange(backwards: Bool = false) -> LocalMinute {
        let day = date
        let isChangeDay = day == CivilDate.lastSunday(of: 3, in: day.year)
            || day == CivilDate.lastSunday(of: 10, in: day.year)
        return isChangeDay && hour == 2 ? adding(minutes: backwards ? -60 : 60) : self
    }
}

extension Int {
    /// Division rounding towards minus infinity.
    func floorDivided(by divisor: Int) -> Int {
        let quotient = self / divisor
        return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? quotient - 1 : quotient
    }

    /// The remainder that is never negative for a positive modulus.
    func floorModulo(_ modulus: Int) -> Int {
        let remainder = self % modulus
        return remainder < 0 ? remainder + modulus : remainder
    }
}
