import Foundation
import IncidentModel
import Testing

/// The one padding rule and the RFC 3339 writer built on it: both write bytes directly,
/// so their edges (zero, negative, wider than the field, UTC) are pinned here.
@Suite struct FixedWidthFormattingTests {
    @Test(arguments: [
        (0, 2, "00"), (7, 2, "07"), (12, 2, "12"), (123, 2, "123"), (2023, 4, "2023"), (9, 4, "0009"),
        (-5, 2, "-05"), (-123, 2, "-123"), (0, 0, "0"), (Int.max, 2, "9223372036854775807"),
        (Int.min, 2, "-9223372036854775808"),
    ])
    func zeroPadded(value: Int, width: Int, expected: String) {
        #expect(value.zeroPadded(width) == expected)
    }

    @Test func appendsAfterWhatIsThere() {
        var bytes = Array("x=".utf8)
        7.appendZeroPadded(3, to: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == "x=007")
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
