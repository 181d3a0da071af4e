import Foundation
import IncidentModel
import SiteConfig
import Testing
@testable import SiteContent

/// What every renderer relies on: states at the reference time, the seed's date style,
/// which incidents the front page lists, and where pages live.
struct SiteContentTests {
    static func at(_ text: String) -> Date {
        let formatter = ISO8601DateFormatter()
        return formatter.date(from: text)!
    }

    static func incident(_ id: String, kind: IncidentKind = .incident, _ updates: [(String, UpdateStatus)],
                         scheduled: (String, String)? = nil) -> Incident {
        Incident(
            id: IncidentID(id), title: id, kind: kind, services: [ServiceKey("orders")],
            scheduled: scheduled.map { TimeRange(start: at($0.0), end: at($0.1)) },
            updates: updates.map { Update(instant: at($0.0), status: $0.1, body: "", location: SourceLocation(path: "\(id).md", line: 1, column: 1)) },
            order: .oldestFirst)
    }

    static let asOf = at("2024-01-20T12:00:00Z")
    static let resolvedLongAgo = incident("oud", [("2023-12-13T11:23:00Z", .investigating), ("2023-12-13T14:50:00Z", .resolved)])
    static let resolvedRecently = incident("recent", [("2024-01-18T08:00:00Z", .investigating), ("2024-01-18T10:00:00Z", .resolved)])
    static let active = incident("actief", [("2024-01-20T09:00:00Z", .investigating), ("2024-01-20T10:00:00Z", .update)])
    static let upcoming = incident("gepland", kind: .maintenance, [("2024-01-15T09:00:00Z", .scheduled)],
                                   scheduled: ("2024-01-25T21:00:00Z", "2024-01-26T01:00:00Z"))
    static let running = incident("bezig", kind: .maintenance, [("2024-01-20T11:00:00Z", .inProgress)])
    static let done = incident("klaar", kind: .maintenance, [("2024-01-19T21:00:00Z", .inProgress), ("2024-01-19T23:00:00Z", .completed)])

    @Test func statesAtTheReferenceTime() {
        #expect(IncidentState(of: Self.resolvedLongAgo, at: Moment(Self.asOf)) == .resolved(Self.at("2023-12-13T14:50:00Z")))
        #expect(IncidentState(of: Self.active, at: Moment(Self.asOf)) == .active(.investigating))
        #expect(IncidentState(of: Self.upcoming, at: Moment(Self.asOf)) == .upcoming(start: Self.at("2024-01-25T21:00:00Z")))
        #expect(IncidentState(of: Self.running, at: Moment(Self.asOf)) == .inProgress)
        #expect(IncidentState(of: Self.done, at: Moment(Self.asOf)) == .completed(Self.at("2024-01-19T23:00:00Z")))
    }

    @Test func theFrontPageListsOpenThenRecentlyClosed() {
        let snapshot = SiteSnapshot(
            configuration: SiteConfiguration(recentDays: 14),
            incidents: [Self.resolvedLongAgo, Self.resolvedRecently, Self.active, Self.upcoming, Self.running, Self.done],
            moment: Moment(Self.asOf))
        #expect(snapshot.openIncidents.map(\.id.rawValue) == ["actief", "bezig", "gepland"])
        #expect(snapshot.recentlyClosedIncidents.map(\.id.rawValue) == ["klaar", "recent"])
        // By when each was first posted: the maintenance notice went out on the 15th.
        #expect(snapshot.incidents.map(\.id.rawValue) == ["bezig", "actief", "klaar", "recent", "gepland", "oud"])
    }

    @Test func datesReadLikeTheSeedPage() {
        let dutch = SiteDateFormatter(language: .nl)
        let english = SiteDateFormatter(language: .en)
        let opened = Self.at("2023-12-13T11:23:00Z")
        #expect(dutch.long(opened) == "13 december 2023 om 12:23")
        #expect(english.long(opened) == "13 December 2023 at 12:23")
        #expect(dutch.timeline(Self.at("2023-12-19T14:00:00Z")) == "19-12 15:00 uur")
        #expect(dutch.timeline(Self.at("2024-07-01T07:05:00Z")) == "01-07 09:05 uur")
        #expect(dutch.compact(opened) == "13-12-2023 12:23")
        // Seconds are never shown, in any of the forms.
        let withSeconds = Self.at("2024-01-05T08:04:59Z")
        #expect(dutch.long(withSeconds) == "5 januari 2024 om 09:04")
        #expect(english.timeline(withSeconds) == "05-01 09:04")
        #expect(english.compact(withSeconds) == "05-01-2024 09:04")
        #expect(english.day(withSeconds) == "5 January 2024")
        #expect(dutch.month(year: 2023, month: 12) == "december 2023")
        #expect(dutch.duration(seconds: 98_820) == "1 dag 3 uur 27 min")
        #expect(english.duration(seconds: 171_000) == "1 day 23 h 30 min")
    }

    @Test func routesPutTheDefaultLanguageAtTheRoot() {
        let dutch = SiteRoutes(language: .nl, isDefault: true)
        let english = SiteRoutes(language: .en, isDefault: false)
        #expect(dutch.home == "")
        #expect(english.incident(IncidentID("x")) == "en/incidents/x/")
        #expect(dutch.archive(page: 1) == "archive/")
        #expect(english.archive(page: 3) == "en/archive/page/3/")
        #expect(SiteRoutes.file(for: english.norms) == "en/norms/index.html")
        #expect(SiteRoutes.file(for: dutch.home) == "index.html")
        #expect(SiteRoutes.file(for: "404.html") == "404.html", "a route that names a file is that file")
    }
}
