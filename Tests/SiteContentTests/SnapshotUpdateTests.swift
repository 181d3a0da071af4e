import Foundation
import IncidentModel
import ServiceNorms
import SiteConfig
import Testing
@testable import SiteContent

/// `serve` makes each snapshot from the one before: facts of settled incidents are kept,
/// and excused windows that only grew are merged into the last report rather than
/// merged anew. Whatever path it takes, the snapshot must be the one a build at that
/// moment makes.
struct SnapshotUpdateTests {
    typealias Fixture = SiteContentTests
    static let configuration = SiteConfiguration(recentDays: 14)

    /// Open outages on every kind of norm (office hours included), one resolved, one
    /// maintenance: the moving ends of a forgotten "Opgelost".
    static func incidents(extra: [Incident] = []) -> [Incident] {
        [
            Fixture.incident("vergeten", [("2023-11-06T10:00:00Z", .investigating)]),
            Fixture.incident("telefonie", [("2024-01-15T08:30:00Z", .investigating)]),
            Fixture.resolvedRecently, Fixture.resolvedLongAgo, Fixture.done, Fixture.active,
        ].map { incident in
            var incident = incident
            if incident.id.rawValue == "telefonie" { incident.services = [ServiceKey("phone"), ServiceKey("customer-questions")] }
            if incident.id.rawValue == "vergeten" { incident.services = [ServiceKey("orders"), ServiceKey("returns")] }
            return incident
        } + extra
    }

    func expectSame(_ updated: SiteSnapshot, _ fresh: SiteSnapshot, _ comment: Comment) {
        #expect(updated.excusal == fresh.excusal, comment)
        #expect(updated.periodCauses == fresh.periodCauses, comment)
        #expect(updated.periodCauses.facts.map { $0.map { $0.map(\.id) } } == fresh.periodCauses.facts.map { $0.map { $0.map(\.id) } }, comment)
        #expect(updated.facts.map(\.state) == fresh.facts.map(\.state), comment)
        #expect(updated.facts.map(\.excusals) == fresh.facts.map(\.excusals), comment)
        #expect(updated.changes == fresh.changes, comment)
        #expect(updated.positionByID == fresh.positionByID, comment)
        #expect(updated.positionsByService == fresh.positionsByService, comment)
        #expect((0..<fresh.facts.count).map(updated.ownsPage) == (0..<fresh.facts.count).map(fresh.ownsPage), comment)
    }

    /// `incidents()` with the incident `id` changed by `edit`.
    static func incidents(editing id: String, _ edit: (inout Incident) -> Void) -> [Incident] {
        incidents().map { incident in
            var incident = incident
            if incident.id.rawValue == id { edit(&incident) }
            return incident
        }
    }

    static func update(_ time: String, _ status: UpdateStatus) -> Update {
        Update(instant: Fixture.at(time), status: status, body: "", location: SourceLocation(path: "x.md", line: 1, column: 1))
    }

    /// Saves that leave every incident in its place keep the previous snapshot's tables
    /// (positions, services) and widen its dates of change; each must still give what a
    /// fresh snapshot gives, also when an edit moves a date inward or changes services.
    @Test(arguments: [
        ("an update added", incidents(editing: "recent") { $0.updates.append(update("2024-01-19T09:00:00Z", .update)) }),
        ("the latest update removed", incidents(editing: "recent") { $0.updates.removeLast() }),
        ("the latest update of the newest incident removed", incidents(editing: "actief") { $0.updates.removeLast() }),
        ("a title edited", incidents(editing: "oud") { $0.title = "Bijgewerkt" }),
        ("a service added", incidents(editing: "actief") { $0.services.append(ServiceKey("returns")) }),
        ("a service replaced", incidents(editing: "vergeten") { $0.services = [ServiceKey("phone")] }),
        ("every update of one removed", incidents(editing: "oud") { $0.updates = [] }),
    ])
    func inPlaceEditsGiveAFreshSnapshot(what: String, edited: [Incident]) {
        let moment = Moment(Fixture.asOf)
        let previous = SiteSnapshot(configuration: Self.configuration, incidents: Self.incidents(), moment: moment)
        let updated = SiteSnapshot(configuration: Self.configuration, incidents: edited, moment: moment, previous: previous)
        expectSame(updated, SiteSnapshot(configuration: Self.configuration, incidents: edited, moment: moment), "\(what)")
        // And back, from the edited snapshot to the one before it.
        let back = SiteSnapshot(configuration: Self.configuration, incidents: Self.incidents(), moment: moment, previous: updated)
        expectSame(back, previous, "\(what), undone")
    }

    @Test("minutes, hours and days later, with incidents added, edited and resolved, the snapshot is a fresh one's")
    func laterSnapshotsAreFreshOnes() {
        var previous = SiteSnapshot(configuration: Self.configuration, incidents: Self.incidents(), moment: Moment(Fixture.asOf))
        let steps: [(minutes: Double, incidents: [Incident], what: String)] = [
            (7, Self.incidents(), "7 minutes later"),
            (5 * 60, Self.incidents(), "after office hours"),
            (21 * 60, Self.incidents(), "the next morning"),
            (21 * 60 + 1, Self.incidents(extra: [Fixture.incident("nieuw", [("2024-01-21T08:00:00Z", .investigating)])]), "a new outage"),
            (21 * 60 + 2, Self.incidents(extra: [Fixture.incident("nieuw", [("2024-01-21T08:00:00Z", .investigating),
                                                                           ("2024-01-21T08:30:00Z", .resolved)])]), "resolved"),
            (21 * 60 + 3, Self.incidents(), "deleted"),
            (4 * 24 * 60, Self.incidents(), "days later, a new week"),
        ]
        for step in steps {
            let moment = Moment(Fixture.asOf.addingTimeInterval(step.minutes * 60))
            let updated = SiteSnapshot(configuration: Self.configuration, incidents: step.incidents, moment: moment, previous: previous)
            let fresh = SiteSnapshot(configuration: Self.configuration, incidents: step.incidents, moment: moment)
            expectSame(updated, fresh, "\(step.what)")
            previous = updated
        }
    }
}
