/// Which days are holidays, as one flag per day from 1970 to 2100, because grace and
/// office hours ask about the same few years thousands of times per build.
///
/// Built once per calendar and never changed, so it is shared freely; dates outside the
/// table are computed on demand.
struct HolidayTable: Sendable {
    private static let firstYear = 1970
    private static let endYear = 2100  // exclusive
    private let firstDay: Int
    private let flags: [Bool]
    private let added: Set<LocalDate>
    private let removed: Set<LocalDate>

    init(adding added: Set<LocalDate>, removing removed: Set<LocalDate>) {
        self.added = added
        self.removed = removed
        firstDay = LocalDate(year: Self.firstYear, month: 1, day: 1).daysSinceEpoch
        var flags = [Bool](repeating: false, count: LocalDate(year: Self.endYear, month: 1, day: 1).daysSinceEpoch - firstDay)
        for year in Self.firstYear..<Self.endYear {
            for date in Self.dates(in: year, adding: added, removing: removed) {
                flags[date.daysSinceEpoch - firstDay] = true
            }
        }
        self.flags = flags
    }

    func contains(_ date: LocalDate) -> Bool {
        let index = date.daysSinceEpoch - firstDay
        guard flags.indices.contains(index) else {
            return Self.dates(in: date.year, adding: added, removing: removed).contains(date)
        }
        return flags[index]
    }

    /// A year's public holidays, less the removed dates, plus the added ones.
    static func dates(in year: Int, adding added: Set<LocalDate>, removing removed: Set<LocalDate>) -> Set<LocalDate> {
        Set(DutchHolidayCalendar.holidays(in: year).map(\.date)).subtracting(removed)
            .union(added.filter { $0.year == year })
    }
}
