import Foundation
import IncidentModel
import SiteContent
import Testing
@testable import SitePages

/// A render formats each explanation time once per language; what it hands out must be
/// what formatting anew gives, in either language, and twice in an hour that repeats.
struct ExplanationTimesTests {
    @Test(arguments: [Language.nl, .en])
    func sharedTimesAreFormattedAsAnew(language: Language) throws {
        let dates = SiteDateFormatter(language: language, clock: .amsterdam)
        let times = ExplanationTimes(dates)
        // Winter and summer time, and both 02:30s of 27 October 2024.
        let instants = try [
            "2024-01-15T09:00:00+01:00", "2024-07-01T17:45:00+02:00", "2024-10-27T02:30:00+02:00", "2024-10-27T02:30:00+01:00",
        ].map { try #require(ISO8601DateFormatter().date(from: $0)) }
        for instant in instants + instants.reversed() {
            let fresh = TimeView.explanation(instant, dates)
            let shared = times.time(instant)
            #expect(shared.datetime == fresh.datetime)
            #expect(shared.text == fresh.text)
        }
        #expect(times.time(instants[2]).text != times.time(instants[3]).text)
    }
}
