/// The timestamp grammar of docs/authoring.md (Timestamps). It reads a timestamp at the start of a text and
/// says how many bytes it used, so the status after it can be located exactly.
///
/// Accepted, with Dutch or English month names (full or abbreviated), an optional
/// `uur` after the time, and an optional UTC offset after it:
/// `2023-12-19 15:00`, `2023-12-19T15:00`, `2023-12-19T15:00+01:00`, `19-12-2023 15:00`,
/// `19-12 15:00`, `19-12: 15:00 uur`, `19-12  15:50 uur`, `19 december 2023 om 15:00`,
/// `19 december 15:00`, `December 19, 2023 15:00`.
public enum TimestampParser {
    /// A timestamp at the start of `text` and the number of UTF-8 bytes it spans.
    public static func parsePrefix(_ text: some StringProtocol) -> (timestamp: WrittenTimestamp, length: Int)? {
        parsePrefix(bytes: Array(text.utf8))
    }

    /// `text` as a whole (surrounding spaces allowed), or nil when anything else is there.
    public static func parse(_ text: some StringProtocol) -> WrittenTimestamp? {
        let bytes = Array(text.utf8)
        var cursor = ByteCursor(bytes)
        cursor.skipSpaces()
        guard let (timestamp, length) = parsePrefix(bytes: Array(bytes[cursor.index...])) else { return nil }
        cursor.index += length
        cursor.skipSpaces()
        return cursor.isAtEnd ? timestamp : nil
    }

    /// Whether `text` starts like a timestamp (`19-12…`, `19 dec…`, `Dec 19…`): a heading
    /// that does but does not parse is an error, not ordinary content.
    public static func looksLikeTimestamp(_ text: some StringProtocol) -> Bool {
        var cursor = ByteCursor(Array(text.utf8))
        if cursor.number(digits: 1, 4) != nil {
            if cursor.take(0x2D) || cursor.take(0x2F) || cursor.take(0x2E) { return cursor.current.map(cursor.isDigit) ?? false }
            guard cursor.skipSpaces() > 0, let word = cursor.word() else { return false }
            return MonthNames.resembles(word)
        }
        guard let word = cursor.word(), MonthNames.resembles(word) else { return false }
        _ = cursor.take(0x2E)
        return cursor.skipSpaces() > 0 && cursor.number(digits: 1, 2) != nil
    }

    static func parsePrefix(bytes: [UInt8]) -> (timestamp: WrittenTimestamp, length: Int)? {
        for form in [isoForm, numericForm, dayMonthNameForm, monthNameDayForm] {
            var cursor = ByteCursor(bytes)
            if let timestamp = form(&cursor) { return (timestamp, cursor.index) }
        }
        return nil
    }

    /// `2023-12-19 15:00`, `2023-12-19T15:00:00+01:00`.
    private static func isoForm(_ cursor: inout ByteCursor) -> WrittenTimestamp? {
        guard let year = cursor.number(digits: 4, 4), cursor.take(0x2D),
              let month = cursor.number(digits: 1, 2), cursor.take(0x2D),
              let day = cursor.number(digits: 1, 2)
        else { return nil }
        if !(cursor.take(0x54) || cursor.take(0x74)) {  // T or t
            guard cursor.skipSpaces() > 0 else { return nil }
        }
        return clock(&cursor, year: year, month: month, day: day)
    }

    /// `19-12-2023 15:00`, `19-12 15:00`, `19-12: 15:00 uur`.
    private static func numericForm(_ cursor: inout ByteCursor) -> WrittenTimestamp? {
        guard let day = cursor.number(digits: 1, 2), cursor.take(0x2D),
              let month = cursor.number(digits: 1, 2)
        else { return nil }
        var year: Int?
        let beforeYear = cursor.index
        if cursor.take(0x2D) {
            year = cursor.number(digits: 4, 4)
            if year == nil { cursor.index = beforeYear }
        }
        _ = cursor.take(0x3A)  // "19-12: 15:00"
        guard cursor.skipSpaces() > 0 else { return nil }
        skipConnective(&cursor)
        return clock(&cursor, year: year, month: month, day: day)
    }

    /// `19 december 2023 om 15:00`, `19 december 15:00`, `19 dec. 2023, 15:00`.
    private static func dayMonthNameForm(_ cursor: inout ByteCursor) -> WrittenTimestamp? {
        guard let day = cursor.number(digits: 1, 2), cursor.skipSpaces() > 0,
              let name = cursor.word(), let month = MonthNames.month(named: name)
        else { return nil }
        _ = cursor.take(0x2E)
        guard cursor.skipSpaces() > 0 else { return nil }
        let year = optionalYear(&cursor)
        skipConnective(&cursor)
        return clock(&cursor, year: year, month: month, day: day)
    }

    /// `December 19, 2023 15:00`, `Dec 19 15:00`, `December 19, 2023 at 15:00`.
    private static func monthNameDayForm(_ cursor: inout ByteCursor) -> WrittenTimestamp? {
        guard let name = cursor.word(), let month = MonthNames.month(named: name) else { return nil }
        _ = cursor.take(0x2E)
        guard cursor.skipSpaces() > 0, let day = cursor.number(digits: 1, 2) else { return nil }
        _ = cursor.take(0x2C)
        guard cursor.skipSpaces() > 0 else { return nil }
        let year = optionalYear(&cursor)
        skipConnective(&cursor)
        return clock(&cursor, year: year, month: month, day: day)
    }

    /// A four-digit year followed by a space or comma; leaves the cursor alone otherwise.
    private static func optionalYear(_ cursor: inout ByteCursor) -> Int? {
        let saved = cursor.index
        if let year = cursor.number(digits: 4, 4) {
            let comma = cursor.take(0x2C)
            if cursor.skipSpaces() > 0 { return year }
            _ = comma
        }
        cursor.index = saved
        return nil
    }

    /// `om`, `at` or a comma between the date and the time.
    private static func skipConnective(_ cursor: inout ByteCursor) {
        let saved = cursor.index
        if cursor.take(word: "om") || cursor.take(word: "at") || cursor.take(0x2C) {
            if cursor.skipSpaces() > 0 { return }
        }
        cursor.index = saved
    }

    /// `15:00`, `15:00:30`, then an optional offset and an optional `uur`.
    private static func clock(_ cursor: inout ByteCursor, year: Int?, month: Int, day: Int) -> WrittenTimestamp? {
        guard let hour = cursor.number(digits: 1, 2), cursor.take(0x3A),
              let minute = cursor.number(digits: 2, 2)
        else { return nil }
        var second = 0
        let beforeSeconds = cursor.index
        if cursor.take(0x3A) {
            if let value = cursor.number(digits: 2, 2) { second = value } else { cursor.index = beforeSeconds }
        }
        let offset = utcOffset(&cursor)
        let beforeSuffix = cursor.index
        if cursor.skipSpaces() > 0, cursor.take(word: "uur") {
            // "15:00 uur"
        } else {
            cursor.index = beforeSuffix
        }
        guard cursor.isAtBoundary else { return nil }
        return WrittenTimestamp(
            year: year, month: month, day: day, hour: hour, minute: minute, second: second, utcOffset: offset)
    }

    /// `Z`, `+01:00`, `-0230`, `+02`.
    private static func utcOffset(_ cursor: inout ByteCursor) -> Int? {
        let saved = cursor.index
        if cursor.take(0x5A) || cursor.take(0x7A) {
            if cursor.isAtBoundary { return 0 }
            cursor.index = saved
            return nil
        }
        let sign: Int
        if cursor.take(0x2B) { sign = 1 } else if cursor.take(0x2D) { sign = -1 } else { return nil }
        guard let hours = cursor.number(digits: 2, 2), hours <= 14 else {
            cursor.index = saved
            return nil
        }
        var minutes = 0
        let beforeMinutes = cursor.index
        _ = cursor.take(0x3A)
        if let value = cursor.number(digits: 2, 2), value < 60 { minutes = value } else { cursor.index = beforeMinutes }
        return sign * (hours * 3_600 + minutes * 60)
    }
}
