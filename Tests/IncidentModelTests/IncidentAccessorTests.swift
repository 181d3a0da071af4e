import Foundation
import Testing
@testable import IncidentModel

/// The accessors `serve` asks of every incident at each save read the updates in place;
/// they must answer as the copying ones did, in either order of a file.
struct IncidentAccessorTests {
    private static let hours: [(Double, UpdateStatus)] = [(0, .investigating), (2, .identified), (3, .update), (5, .monitoring), (6, .update)]

    @Test(arguments: [UpdateOrder.oldestFirst, .newestFirst])
    func firstAndLatestInstantsAreThoseOfTheUpdates(order: UpdateOrder) {
        let incident = MomentTests.incident(Self.hours, order: order)
        #expect(incident.earliestInstant == incident.earliestUpdate?.instant)
        #expect(incident.latestInstant == incident.latestUpdate?.instant)
        #expect(incident.earliestInstant == ImpactWindowTests.at(0))
        #expect(incident.latestInstant == ImpactWindowTests.at(6))
    }

    @Test(arguments: [UpdateOrder.oldestFirst, .newestFirst])
    func newestFirstIsTheChronologicalOrderReversed(order: UpdateOrder) {
        let incident = MomentTests.incident(Self.hours, order: order)
        #expect(incident.newestFirstUpdates == incident.chronologicalUpdates.reversed())
        #expect(incident.newestFirstUpdates.first?.instant == ImpactWindowTests.at(6))
    }

    @Test func anIncidentWithoutUpdatesHasNoInstants() {
        let incident = MomentTests.incident([])
        #expect(incident.earliestInstant == nil && incident.latestInstant == nil)
        #expect(incident.hasNoUpdate(after: ImpactWindowTests.at(0)))
    }

    @Test(arguments: [
        // (hour of the moment, whether no update is dated after it)
        (-1.0, false), (0.0, false), (5.5, false), (6.0, true), (7.0, true),
    ])
    func noUpdateAfterAMomentLooksAtEveryUpdate(hour: Double, expected: Bool) {
        for order in [UpdateOrder.oldestFirst, .newestFirst] {
            #expect(MomentTests.incident(Self.hours, order: order).hasNoUpdate(after: ImpactWindowTests.at(hour)) == expected)
        }
    }

    @Test(arguments: [
        // (updates, the status after the last update that changes it)
        ([(0.0, UpdateStatus.investigating), (1, .update)], UpdateStatus.investigating),
        ([(0, .investigating), (2, .identified), (3, .update), (5, .monitoring), (6, .update)], .monitoring),
        ([(0, .investigating), (4, .resolved)], .resolved),
        ([(0, .update)], .investigating),
        ([], .investigating),
    ])
    func currentStatusIsTheLastChangeOfState(updates: [(Double, UpdateStatus)], expected: UpdateStatus) {
        for order in [UpdateOrder.oldestFirst, .newestFirst] {
            #expect(MomentTests.incident(updates, order: order).currentStatus == expected)
        }
    }

    @Test func maintenanceWithoutAChangeOfStateIsScheduled() {
        #expect(MomentTests.incident([(0, .update)], kind: .maintenance).currentStatus == .scheduled)
    }
}
