import Foundation
import IncidentModel
import IncidentParsing
import Testing
@testable import IncidentAuthoring

/// What `new` and `update` write reads back as the same instant and status.
struct HeadingWriterTests {
    let writer = HeadingWriter()

    @Test(arguments: [
        ("2023-12-13T11:23:00Z", "2023-12-13 12:23"),
        ("2024-07-01T07:05:00Z", "2024-07-01 09:05"),
        ("2024-10-27T00:30:00Z", "2024-10-27T02:30+02:00"),
        ("2024-10-27T01:30:00Z", "2024-10-27T02:30+01:00"),
    ])
    func writesTimesThatReadBackToTheSameInstant(utc: String, written: String) throws {
        let instant = ISO8601DateFormatter().date(from: utc)!
        #expect(writer.timestamp(instant) == written)
        let parsed = try #require(TimestampParser.parse(written))
        let local = parsed.local(in: parsed.year!)
        let back = parsed.utcOffset.map { Date(timeIntervalSince1970: TimeInterval(local.secondsSinceEpochAsUTC - $0)) }
            ?? WallClock.amsterdam.instant(local)
        #expect(back == instant)
    }

    @Test(arguments: UpdateStatus.allCases)
    func everyStatusHeadingParsesBackToItsStatus(status: UpdateStatus) throws {
        for language in Language.allCases {
            let heading = writer.heading(at: Date(timeIntervalSince1970: 1_700_000_000), status: status, language: language)
            let text = String(heading.dropFirst(3))
            let (_, length) = try #require(TimestampParser.parsePrefix(text))
            let rest = text.dropFirst(text.utf8.count - (text.utf8.count - length))
            let word = rest.drop { $0 == " " || $0 == "—" }
            #expect(StatusVocabulary.status(for: word) == status, "\(heading)")
        }
    }

    @Test(arguments: [
        ("Storing verwerken nieuwe bestellingen", "storing-verwerken-nieuwe-bestellingen"),
        ("Geïdentificeerd: één storing!", "geidentificeerd-een-storing"),
        ("  ", "storing"),
        ("Correctie in facturatie van bpost retourzegels — update 2", "correctie-in-facturatie-van-bpost-retourzegels-update-2"),
        (String(repeating: "heel lange titel ", count: 10), "heel-lange-titel-heel-lange-titel-heel-lange-titel-heel"),
    ])
    func slugsFoldAccentsAndStayShort(title: String, slug: String) {
        #expect(Slug.make(from: title) == slug)
    }
}
