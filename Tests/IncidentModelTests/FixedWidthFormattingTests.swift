import Foundation
import IncidentModel
import Testing

/// The one padding rule and the RFC 3339 writer built on it: both write bytes directly,
/// so their edges (zero, negative, wider than the field, UTC) are pinned here.
@Suite struct FixedWidthFormattingTests {
    @Test(arguments: [
        (0, 2, "00"), (7, 2, "07"), (12, 2, "12"), (123, 2, "123"), (2023, 4, "2023"), (9, 4, "0009"),
        (-5, 2, "-05"), (-123, 2, "-123"), (0, 0, "0"), (Int.max, 2, "9223372036854775807"),
        (Int.min, 2, "-9223372036854775808"), (-5, 6, "-000005"), (-5, 25, "-" + String(repeating: "0", count: 24) + "5"),
    ])
    func zeroPadded(value: Int, width: Int, expected: String) {
        #expect(value.zeroPadded(width) == expected)
    }

    @Test func aShortTextHoldsItsFieldsInOrderAndNothingElse() {
        let text = ShortText.make(capacity: 40) { text in
            text.append("x=")
            text.appendZeroPadded(7, width: 3)
            text.append(UInt8(ascii: " "))
            text.append(-42)
            text.append(" é")
        }
        #expect(text == "x=007 -42 é")
        #expect(ShortText.make(capacity: 0) { _ in } == "")
    }

    /// `room` is what the field takes, exactly: texts are made with the sum of their
    /// fields' rooms, so an odd value (a reading's fields are not checked) must never
    /// overrun its text.
    @Test(arguments: [
        (0, 0, 1), (0, 2, 2), (99, 2, 2), (100, 2, 3), (-1, 2, 3), (9_999, 4, 4), (10_000, 4, 5), (5, 1, 1),
        (2_023, 1, 4), (Int.min, 2, 20), (Int.max, 2, 19), (-5, 25, 26), (Int.min, 25, 26), (7, 25, 25),
    ])
    func room(value: Int, width: Int, expected: Int) {
        #expect(ShortText.room(value, width: width) == expected)
        #expect(value.zeroPadded(width).utf8.count == expected)
    }

    @Test func readingsWithOddFieldsAreWrittenWhole() {
        let odd = LocalDateTime(year: -20_000, month: 123, day: -1, hour: 99, minute: 100, second: -5)
        #expect(odd.description == "-20000-123--01 99:100:-05")
        #expect(odd.dayMonthYearText == "-01-123--20000 99:100:-05")
        #expect(odd.timeText == "99:100:-05")
        #expect(LocalDateTime(year: 2024, month: 3, day: 31, hour: 2, minute: 30, second: 7).timeText == "02:30:07")
    }

    @Test(arguments: [
        (0, ":", "+00:00"), (3_600, ":", "+01:00"), (7_200, "", "+0200"), (-19_800, ":", "-05:30"), (20_700, ":", "+05:45"),
    ])
    func offsets(seconds: Int, separator: String, expected: String) {
        #expect(RFC3339.offsetText(seconds, separator: separator) == expected)
    }

    @Test func instantsInAmsterdamAndUTC() throws {
        let winter = Date(timeIntervalSince1970: 1_702_466_580)  // 2023-12-13 11:23 UTC
        let summer = Date(timeIntervalSince1970: 1_688_376_005.9)  // 2023-07-03 09:20:05.9 UTC
        #expect(RFC3339.string(from: winter) == "2023-12-13T12:23:00+01:00")
        #expect(RFC3339.string(from: summer) == "2023-07-03T11:20:05+02:00")
        let utc = WallClock(timeZone: try #require(TimeZone(identifier: "UTC")))
        #expect(RFC3339.string(from: winter, in: utc) == "2023-12-13T11:23:00Z")
    }
}
