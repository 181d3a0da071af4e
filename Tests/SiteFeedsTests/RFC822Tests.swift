import Foundation
import IncidentModel
import Testing
@testable import SiteFeeds

/// RSS dates: English names, four-digit year, the Amsterdam offset of the day.
@Suite("RFC 822 dates")
struct RFC822Tests {
    @Test("winter and summer time, day names, single-digit days", arguments: [
        (LocalDateTime(year: 2023, month: 12, day: 13, hour: 12, minute: 23), "Wed, 13 Dec 2023 12:23:00 +0100"),
        (LocalDateTime(year: 2025, month: 6, day: 1, hour: 0, minute: 5, second: 9), "Sun, 01 Jun 2025 00:05:09 +0200"),
        (LocalDateTime(year: 2024, month: 3, day: 31, hour: 3), "Sun, 31 Mar 2024 03:00:00 +0200"),
        (LocalDateTime(year: 2024, month: 2, day: 29, hour: 23, minute: 59), "Thu, 29 Feb 2024 23:59:00 +0100"),
    ])
    func format(local: LocalDateTime, expected: String) {
        #expect(RFC822.string(from: WallClock.amsterdam.instant(local)) == expected)
    }

    @Test("the same instant in UTC")
    func utc() throws {
        let clock = WallClock(timeZone: try #require(TimeZone(identifier: "UTC")))
        #expect(RFC822.string(from: Date(timeIntervalSince1970: 0), in: clock) == "Thu, 01 Jan 1970 00:00:00 +0000")
    }
}
