import Foundation
import IncidentModel
import Testing
@testable import Notifications

/// Which updates count as new: the rule `notify` sends by, against what the previous
/// site's `incidents.json` listed.
struct NewUpdateRuleTests {
    typealias Sample = SampleIncidents

    func seconds(_ date: Date) -> Int { Int(date.timeIntervalSince1970) }

    func keys(_ updates: [NewUpdate]) -> [String] { updates.map(\.idempotencyKey) }

    @Test func anIncidentThePreviousSiteListedAnnouncesOnlyTheUpdatesItDidNotList() {
        let listed = [Sample.at(2023, 12, 13, 12, 23), Sample.at(2023, 12, 13, 15, 50), Sample.at(2023, 12, 18, 9, 30)]
        let previous = PreviousPublication(
            updatedAt: Sample.at(2023, 12, 18, 9, 30),
            publishedUpdates: [Sample.orders.id: Set(listed.map(seconds))])
        #expect(keys(previous.newUpdates(in: [Sample.orders])) == [
            "2023-12-13-bestellingen@2023-12-19T09:00:00+01:00",
            "2023-12-13-bestellingen@2023-12-19T15:00:00+01:00",
        ])
    }

    @Test func aBackdatedUpdateOfAListedIncidentIsStillAnnounced() {
        // The previous site listed the first and the last update; one was written in between later.
        var incident = Sample.orders
        incident.updates.removeAll { $0.instant == Sample.at(2023, 12, 18, 9, 30) }
        let listed = incident.updates.map { seconds($0.instant) }
        let previous = PreviousPublication(updatedAt: Sample.at(2023, 12, 19, 15, 0), publishedUpdates: [incident.id: Set(listed)])
        let found = previous.newUpdates(in: [Sample.orders])
        #expect(keys(found) == ["2023-12-13-bestellingen@2023-12-18T09:30:00+01:00"])
        #expect(found.first?.status == .investigating)
    }

    @Test func anIncidentThePreviousSiteDidNotListAnnouncesOnlyUpdatesAfterItsLastChange() {
        let previous = PreviousPublication(updatedAt: Sample.at(2023, 12, 18, 12, 0), publishedUpdates: [:])
        #expect(keys(previous.newUpdates(in: [Sample.orders])) == [
            "2023-12-13-bestellingen@2023-12-19T09:00:00+01:00",
            "2023-12-13-bestellingen@2023-12-19T15:00:00+01:00",
        ])
    }

    @Test func anUpdateAtExactlyThePreviousLastChangeWasAlreadyPublished() {
        let edge = Sample.at(2023, 12, 19, 9, 0)
        let previous = PreviousPublication(updatedAt: edge, publishedUpdates: [:])
        #expect(keys(previous.newUpdates(in: [Sample.orders])) == ["2023-12-13-bestellingen@2023-12-19T15:00:00+01:00"])
        let justBefore = PreviousPublication(updatedAt: edge.addingTimeInterval(-1), publishedUpdates: [:])
        #expect(justBefore.newUpdates(in: [Sample.orders]).count == 2)
    }

    @Test func anUnlistedIncidentWithABackdatedUpdateDoesNotFloodItsHistory() {
        // An old incident that fell off the 50 most recent gets a late correction dated in the past.
        let previous = PreviousPublication(updatedAt: Sample.at(2024, 6, 1, 0, 0), publishedUpdates: [IncidentID("other"): [1]])
        #expect(previous.newUpdates(in: [Sample.orders]).isEmpty)
    }

    @Test func nothingIsNewWhenThePreviousSiteListedEverything() {
        let previous = PreviousPublication(
            updatedAt: Sample.at(2023, 12, 19, 15, 0),
            publishedUpdates: [Sample.orders.id: Set(Sample.orders.updates.map { seconds($0.instant) })])
        #expect(previous.newUpdates(in: [Sample.orders]).isEmpty)
    }

    @Test func newUpdatesComeOldestFirstAcrossIncidentsWithTheStatusInForce() {
        let previous = PreviousPublication(updatedAt: Sample.at(2023, 12, 19, 8, 0), publishedUpdates: [:])
        let found = previous.newUpdates(in: [Sample.kitchenSink, Sample.orders])
        #expect(keys(found) == [
            "2023-12-13-bestellingen@2023-12-19T09:00:00+01:00",
            "2023-12-13-bestellingen@2023-12-19T15:00:00+01:00",
            "2024-05-14-telefonie@2024-05-14T08:20:00+02:00",
            "2024-05-14-telefonie@2024-05-14T10:05:00+02:00",
        ])
        // A plain update carries the status before it, as the Statuspage API reports it.
        #expect(found.map(\.status) == [.resolved, .resolved, .investigating, .investigating])
    }

    @Test func aFirstPlainUpdateCountsAsInvestigatingOrScheduled() {
        let incident = Incident(id: IncidentID("a"), title: "A", updates: [Sample.update(Sample.at(2024, 1, 1, 10, 0), .update)])
        var maintenance = incident
        maintenance.kind = .maintenance
        #expect(incident.updatesWithStatus.map(\.status) == [.investigating])
        #expect(maintenance.updatesWithStatus.map(\.status) == [.scheduled])
    }
}
