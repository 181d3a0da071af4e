import Foundation
import IncidentModel
import Testing
@testable import IncidentParsing

/// Year inference and Amsterdam time, including both DST errors.
struct TimestampResolverTests {
    static func resolve(_ text: String, anchor: LocalDateTime?) -> Result<Date, TimestampResolver.Problem> {
        TimestampResolver(clock: .amsterdam, anchor: anchor).resolve(TimestampParser.parse(text)!)
    }

    static func rfc3339(_ result: Result<Date, TimestampResolver.Problem>) -> String? {
        (try? result.get()).map { RFC3339.string(from: $0) }
    }

    @Test(arguments: [
        // anchor, written, expected
        ("2023-12-30 10:00", "02-01 10:00", "2024-01-02T10:00:00+01:00"),
        ("2024-01-02 10:00", "30-12 23:00", "2023-12-30T23:00:00+01:00"),
        ("2023-12-13 12:23", "19-12 15:00", "2023-12-19T15:00:00+01:00"),
        ("2023-07-01 12:00", "15 december 09:00", "2023-12-15T09:00:00+01:00"),
        ("2023-07-01 12:00", "14 januari 09:00", "2023-01-14T09:00:00+01:00"),
        ("2023-03-01 12:00", "29-02 10:00", "2024-02-29T10:00:00+01:00"),
        ("2024-07-01 12:00", "01-07 09:00", "2024-07-01T09:00:00+02:00"),
    ])
    func infersTheNearestYear(anchor: String, written: String, expected: String) {
        let local = TimestampParser.parse(anchor)!.local(in: TimestampParser.parse(anchor)!.year!)
        #expect(Self.rfc3339(Self.resolve(written, anchor: local)) == expected)
    }

    @Test func aYearlessTimeWithoutAnchorAsksForOpened() {
        let result = Self.resolve("19-12 15:00", anchor: nil)
        #expect(result == .failure(.noYear))
        #expect(TimestampResolver.Problem.noYear.message.contains("opened:"))
    }

    @Test func springForwardGapIsAnErrorThatSaysHowToFixIt() throws {
        let result = Self.resolve("2024-03-31 02:30", anchor: nil)
        guard case .failure(let problem) = result else {
            Issue.record("2024-03-31 02:30 resolved to \(result)")
            return
        }
        #expect(problem == .skipped(LocalDateTime(year: 2024, month: 3, day: 31, hour: 2, minute: 30)))
        #expect(problem.message.contains("does not exist in Europe/Amsterdam"))
        #expect(problem.message.contains("2024-03-31T02:30+01:00"))
    }

    @Test func fallBackOverlapIsAnErrorNamingBothOffsets() throws {
        let result = Self.resolve("2024-10-27 02:30", anchor: nil)
        guard case .failure(let problem) = result else {
            Issue.record("2024-10-27 02:30 resolved to \(result)")
            return
        }
        #expect(problem.message.contains("happens twice"))
        #expect(problem.message.contains("2024-10-27T02:30+02:00"))
        #expect(problem.message.contains("2024-10-27T02:30+01:00"))
    }

    @Test(arguments: [
        ("2024-10-27T02:30+02:00", "2024-10-27T02:30:00+02:00"),
        ("2024-10-27T02:30+01:00", "2024-10-27T02:30:00+01:00"),
        ("2024-03-31T02:30+01:00", "2024-03-31T03:30:00+02:00"),
        ("2024-03-31 03:00", "2024-03-31T03:00:00+02:00"),
        ("2024-03-31 01:59", "2024-03-31T01:59:00+01:00"),
        ("2024-10-27 03:00", "2024-10-27T03:00:00+01:00"),
    ])
    func anExplicitOffsetOrAnUnambiguousTimeResolves(written: String, expected: String) {
        #expect(Self.rfc3339(Self.resolve(written, anchor: nil)) == expected)
    }

    @Test(arguments: [
        ("31-02-2023 10:00", "31-02-2023 does not exist on the calendar"),
        ("29-02-2023 10:00", "29-02-2023 does not exist on the calendar"),
        ("2023-13-01 10:00", "month 13 does not exist on the calendar"),
        ("2023-12-19 24:00", "24:00 is not a time of day; use 00:00 to 23:59"),
        ("2023-12-19 12:60", "12:60 is not a time of day; use 00:00 to 23:59"),
    ])
    func impossibleDatesAndTimesAreNamed(written: String, message: String) {
        guard case .failure(let problem) = Self.resolve(written, anchor: nil) else {
            Issue.record("\(written) resolved")
            return
        }
        #expect(problem.message == message)
    }
}
