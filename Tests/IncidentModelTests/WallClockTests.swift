import Foundation
import Testing
@testable import IncidentModel

/// Amsterdam wall-clock time: exact readings, the spring-forward gap, the fall-back overlap.
struct WallClockTests {
    let clock = WallClock.amsterdam

    func instant(_ text: String) -> Date {
        ISO8601DateFormatter().date(from: text)!
    }

    @Test(arguments: [
        (LocalDateTime(year: 2023, month: 12, day: 13, hour: 12, minute: 23), "2023-12-13T11:23:00Z"),
        (LocalDateTime(year: 2024, month: 7, day: 1, hour: 9), "2024-07-01T07:00:00Z"),
        (LocalDateTime(year: 2024, month: 3, day: 31, hour: 1, minute: 59), "2024-03-31T00:59:00Z"),
        (LocalDateTime(year: 2024, month: 3, day: 31, hour: 3), "2024-03-31T01:00:00Z"),
    ])
    func resolvesOrdinaryReadings(local: LocalDateTime, utc: String) {
        #expect(clock.resolve(local) == .exact(instant(utc)))
        #expect(clock.localDateTime(at: instant(utc)) == local)
    }

    @Test func theSpringForwardHourDoesNotExist() {
        #expect(clock.resolve(LocalDateTime(year: 2024, month: 3, day: 31, hour: 2, minute: 30)) == .skipped)
        #expect(clock.instant(LocalDateTime(year: 2024, month: 3, day: 31, hour: 2, minute: 30)) == instant("2024-03-31T01:30:00Z"))
    }

    @Test func theFallBackHourHappensTwice() {
        let local = LocalDateTime(year: 2024, month: 10, day: 27, hour: 2, minute: 30)
        #expect(clock.resolve(local) == .repeated(earlier: instant("2024-10-27T00:30:00Z"), later: instant("2024-10-27T01:30:00Z")))
        #expect(clock.instant(local) == instant("2024-10-27T01:30:00Z"))
    }

    @Test(arguments: [
        ("2023-12-13T11:23:00Z", "2023-12-13T12:23:00+01:00"),
        ("2024-07-01T07:00:00Z", "2024-07-01T09:00:00+02:00"),
        ("2024-10-27T00:30:00Z", "2024-10-27T02:30:00+02:00"),
        ("2024-10-27T01:30:00Z", "2024-10-27T02:30:00+01:00"),
    ])
    func formatsRFC3339WithTheOffsetInForce(utc: String, expected: String) {
        #expect(RFC3339.string(from: instant(utc)) == expected)
    }
}
