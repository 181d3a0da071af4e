/// The update-heading timestamp styles of docs/authoring.md (Timestamps), in
/// `gen_corpus.py`'s order: the
/// first six carry a year, the last five take theirs from `opened:`.
enum TimestampStyle: Int, CaseIterable {
    case isoSpace          // 2023-12-19 15:00
    case isoT              // 2023-12-19T15:00
    case isoWithOffset     // 2023-12-19T15:00+01:00
    case dayMonthYear      // 19-12-2023 15:00
    case dutchLongWithYear // 19 december 2023 om 15:00
    case englishLong       // December 19, 2023 15:00
    case dayMonth          // 19-12 15:00
    case dayMonthUur       // 19-12 15:00 uur
    case dayMonthColonUur  // 19-12: 15:00 uur
    case dayMonthTwoSpaces // 19-12  15:00 uur
    case dutchLong         // 19 december 15:00

    var hasYear: Bool { rawValue < 6 }

    /// A style with a year, for files without `opened:` (as `gen_corpus.py` does: index mod 6).
    var withYear: TimestampStyle { hasYear ? self : TimestampStyle(rawValue: rawValue % 6) ?? .isoSpace }

    /// `time` written in this style.
    func format(_ time: LocalMinute) -> String {
        let date = time.date
        let day = twoDigits(date.day), month = twoDigits(date.month), year = String(date.year)
        let clock = "\(twoDigits(time.hour)):\(twoDigits(time.minute))"
        let dutchMonth = CorpusVocabulary.dutchMonths[date.month - 1]
        switch self {
        case .isoSpace: return "\(year)-\(month)-\(day) \(clock)"
        case .isoT: return "\(year)-\(month)-\(day)T\(clock)"
        case .isoWithOffset: return "\(year)-\(month)-\(day)T\(clock)+0\(time.amsterdamOffsetHours):00"
        case .dayMonthYear: return "\(day)-\(month)-\(year) \(clock)"
        case .dutchLongWithYear: return "\(date.day) \(dutchMonth) \(year) om \(clock)"
        case .englishLong: return "\(CorpusVocabulary.englishMonths[date.month - 1]) \(date.day), \(year) \(clock)"
        case .dayMonth: return "\(day)-\(month) \(clock)"
        case .dayMonthUur: return "\(day)-\(month) \(clock) uur"
        case .dayMonthColonUur: return "\(day)-\(month): \(clock) uur"
        case .dayMonthTwoSpaces: return "\(day)-\(month)  \(clock) uur"
        case .dutchLong: return "\(date.day) \(dutchMonth) \(clock)"
        }
    }

    /// `time` as front matter writes it (`opened:`, `scheduled:`).
    static func frontMatter(_ time: LocalMinute) -> String {
        TimestampStyle.isoSpace.format(time)
    }

    private func twoDigits(_ value: Int) -> String {
        value < 10 ? "0\(value)" : String(value)
    }
}
