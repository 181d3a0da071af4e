import Foundation
import IncidentModel
import Testing
@testable import storingen

/// Command-line times and the build's reference time.
struct ReferenceTimeTests {
    static let now = Date(timeIntervalSince1970: 1_800_000_000)

    @Test func asOfWinsOverSourceDateEpochWhichWinsOverNow() throws {
        let environment = ["SOURCE_DATE_EPOCH": "1700000000"]
        let asOf = try ReferenceTime.resolve(asOf: "2024-01-01 00:00", environment: environment, now: Self.now).get()
        #expect(RFC3339.string(from: asOf.instant) == "2024-01-01T00:00:00+01:00")
        #expect(try ReferenceTime.resolve(asOf: nil, environment: environment, now: Self.now).get() == Moment(Date(timeIntervalSince1970: 1_700_000_000)))
        #expect(try ReferenceTime.resolve(asOf: nil, environment: [:], now: Self.now).get() == Moment(Self.now))
        let secondsIn = Self.now.addingTimeInterval(59.9)
        #expect(try ReferenceTime.resolve(asOf: nil, environment: [:], now: secondsIn).get() == Moment(Self.now), "now, to the minute")
        #expect(throws: InstantArgumentError.self) { try ReferenceTime.resolve(asOf: nil, environment: ["SOURCE_DATE_EPOCH": "gisteren"], now: Self.now).get() }
    }

    @Test(arguments: [
        ("2023-12-19 17:00", "2023-12-19T17:00:00+01:00"),
        ("2023-12-19T16:00Z", "2023-12-19T17:00:00+01:00"),
        ("19 december 2023 om 17:00", "2023-12-19T17:00:00+01:00"),
        ("2024-07-01T09:00+02:00", "2024-07-01T09:00:00+02:00"),
    ])
    func readsTimesLikeIncidentFiles(text: String, expected: String) throws {
        #expect(RFC3339.string(from: try InstantArgument.parse(text).get()) == expected)
    }

    @Test(arguments: [
        ("19-12 17:00", "'19-12 17:00' has no year; write it like '2023-12-14 10:00'"),
        ("morgen", "cannot read the time 'morgen'; write it like '2023-12-14 10:00' or '2023-12-14T10:00+01:00'"),
        ("2024-03-31 02:30", "2024-03-31 02:30 does not exist in Europe/Amsterdam: the clocks jump from 02:00 to 03:00 that night (summer time starts); write the time after 03:00, or give the offset explicitly, such as `2024-03-31T02:30+01:00`"),
        ("2024-10-27 02:30", "2024-10-27 02:30 happens twice in Europe/Amsterdam: the clocks go back from 03:00 to 02:00 that night (summer time ends); say which with an offset: `2024-10-27T02:30+02:00` for the first, `2024-10-27T02:30+01:00` for the second"),
        ("2023-02-30 10:00", "30-02-2023 does not exist on the calendar"),
        ("1969-12-31 23:00", "year 1969 is outside 1970–2099; check the date"),
    ])
    func refusesWhatIsAmbiguousOrImpossible(text: String, message: String) {
        #expect(InstantArgument.parse(text) == .failure(InstantArgumentError(message: message)))
    }
}
