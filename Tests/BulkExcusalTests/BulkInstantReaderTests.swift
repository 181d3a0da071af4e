import BulkExcusal
import Foundation
import IncidentModel
import IncidentParsing
import PropertyBased
import Testing

/// The moment of a CSV field: the fast path on bytes and the full grammar agree, DST
/// gaps and overlaps are refused, Unix seconds and RFC 3339 fractions are read.
struct BulkInstantReaderTests {
    let reader = BulkInstantReader()

    func read(_ text: String) -> String {
        switch reader.instant(text) {
        case .success(let date):
            let fraction = date.timeIntervalSince1970 - date.timeIntervalSince1970.rounded(.down)
            return RFC3339.string(from: date) + (fraction > 0 ? String(format: " +%.3f", fraction) : "")
        case .failure(let problem):
            return "error: \(problem.message)"
        }
    }

    @Test(arguments: [
        ("2023-12-19T17:00:00+01:00", "2023-12-19T17:00:00+01:00"),
        ("2023-12-19T16:00:00Z", "2023-12-19T17:00:00+01:00"),
        ("2023-12-19t16:00:00z", "2023-12-19T17:00:00+01:00"),
        ("2024-07-01T09:00:00+02:00", "2024-07-01T09:00:00+02:00"),
        ("2024-07-01T09:00+02:00", "2024-07-01T09:00:00+02:00"),
        ("2024-07-01T07:00:30.250Z", "2024-07-01T09:00:30+02:00 +0.250"),
        ("2024-07-01 09:00", "2024-07-01T09:00:00+02:00"),
        ("2024-07-01T09:00:59", "2024-07-01T09:00:59+02:00"),
        ("  2023-12-19 17:00\t", "2023-12-19T17:00:00+01:00"),
        ("1702986300", "2023-12-19T12:45:00+01:00"),
        ("0", "1970-01-01T01:00:00+01:00"),
        ("2024-10-27T02:30:00+02:00", "2024-10-27T02:30:00+02:00"),
        ("2024-10-27T02:30:00+01:00", "2024-10-27T02:30:00+01:00"),
        ("2024-10-27T00:30:00Z", "2024-10-27T02:30:00+02:00"),
        // Through the full grammar:
        ("19 december 2023 om 17:00", "2023-12-19T17:00:00+01:00"),
        ("December 19, 2023 17:00", "2023-12-19T17:00:00+01:00"),
        ("19-12-2023 17:00", "2023-12-19T17:00:00+01:00"),
        ("2023-12-19T17:00+01", "2023-12-19T17:00:00+01:00"),
        ("2023-1-9 7:05", "2023-01-09T07:05:00+01:00"),
        ("2023-12-19  17:00", "2023-12-19T17:00:00+01:00"),
    ])
    func reads(text: String, expected: String) {
        #expect(read(text) == expected)
    }

    @Test(arguments: [
        ("2024-03-31 02:30", "error: 2024-03-31 02:30 does not exist in Europe/Amsterdam"),
        ("2024-10-27 02:30", "error: 2024-10-27 02:30 happens twice in Europe/Amsterdam"),
        ("2023-02-29 10:00", "error: 29-02-2023 does not exist on the calendar"),
        ("2023-12-19 24:00", "error: 24:00 is not a time of day"),
        ("2100-01-01T00:00:00Z", "error: year 2100 is outside 1970–2099"),
        ("4102444800", "error: '4102444800' seconds since 1970 is after 2099"),
        ("1702986300000", "error: '1702986300000' seconds since 1970 is after 2099; Unix times are read in seconds, not milliseconds"),
        ("19-12 17:00", "error: '19-12 17:00' has no year"),
        ("-5", "error: cannot read the time '-5'"),
        ("2023-12-19T17:00:00.Z", "error: cannot read the time"),
        ("2023-12-19T17:00:00+15:00", "error: cannot read the time"),
        ("morgen", "error: cannot read the time 'morgen'"),
    ])
    func refuses(text: String, expectedStart: String) {
        #expect(read(text).hasPrefix(expectedStart), "\(read(text))")
    }

    /// Whole seconds from 2019 to 2026, half of them within two hours of a DST change.
    static let instants = Gen.oneOf(
        Gen.int(in: 1_546_300_800...1_798_761_600).map { Date(timeIntervalSince1970: TimeInterval($0)) },
        zip(Gen.int(in: 0...(RowStyle.daylightSavingChanges.count - 1)), Gen.int(in: -7_200...7_200)).map { change, offset in
            RowStyle.daylightSavingChanges[change].addingTimeInterval(TimeInterval(offset))
        })

    @Test("the fast path and the full grammar agree on every form both read")
    func fastPathAgreesWithTheFullGrammar() async {
        await propertyCheck(count: 500, input: Self.instants, Gen.int(in: 0...3)) { instant, style in
            let text = RowStyle.allCases[style].write(instant)
            guard let text else { return }
            let fast = reader.instant(text)
            #expect(fast == StandaloneTimestamp.instant(text), "\(text)")
            #expect(fast == .success(instant), "\(text)")
        }
    }
}
