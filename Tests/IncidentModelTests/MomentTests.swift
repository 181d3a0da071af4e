import Foundation
import Testing
@testable import IncidentModel

/// An update dated after a moment does not exist yet at that moment (docs/authoring.md,
/// Updates written ahead).
struct MomentTests {
    static func incident(_ hours: [(Double, UpdateStatus)], order: UpdateOrder = .oldestFirst,
                         kind: IncidentKind = .incident, scheduled: (Double, Double)? = nil) -> Incident {
        let updates = hours.enumerated().map { line, update in
            Update(instant: ImpactWindowTests.at(update.0), status: update.1, body: "\(update.0)",
                   location: SourceLocation(path: "x.md", line: line + 1, column: 1))
        }
        return Incident(
            id: IncidentID("x"), title: "x", kind: kind,
            scheduled: scheduled.map { TimeRange(start: ImpactWindowTests.at($0.0), end: ImpactWindowTests.at($0.1)) },
            updates: order == .oldestFirst ? updates : updates.reversed(), order: order)
    }

    static func moment(_ hours: Double) -> Moment { Moment(ImpactWindowTests.at(hours)) }

    @Test(arguments: [UpdateOrder.oldestFirst, .newestFirst])
    func laterUpdatesAreLeftOutInTheFilesOrder(order: UpdateOrder) throws {
        let incident = Self.incident([(0, .investigating), (2, .identified), (5, .resolved)], order: order)
        let known = try #require(Self.moment(3).known(incident))
        #expect(known.chronologicalUpdates.map(\.body) == ["0.0", "2.0"])
        #expect(known.order == order)
        #expect(known.title == incident.title && known.scheduled == incident.scheduled)
    }

    @Test func aResolutionWrittenLaterHasNotHappened() throws {
        let incident = Self.incident([(0, .investigating), (5, .resolved)])
        let known = try #require(Self.moment(3).known(incident))
        #expect(known.impactWindows == [ImpactWindow(start: ImpactWindowTests.at(0), end: nil)])
        #expect(Self.moment(5).known(incident)?.impactWindows == [ImpactWindow(start: ImpactWindowTests.at(0), end: ImpactWindowTests.at(5))])
    }

    @Test func anUpdateAtTheMomentItselfExists() {
        let incident = Self.incident([(0, .investigating), (5, .resolved)])
        #expect(Self.moment(5).known(incident) == incident, "nothing written ahead: the incident itself")
        #expect(Self.moment(0).known(incident)?.updates.count == 1)
    }

    @Test func anIncidentExistsFromItsFirstUpdateOn() {
        let incident = Self.incident([(2, .investigating), (5, .resolved)])
        #expect(Self.moment(1.99).known(incident) == nil)
        #expect(Self.moment(1.99).known([incident, incident]).isEmpty)
        #expect(Self.moment(1).known(Self.incident([])) == nil, "a file without updates is not known at any moment")
    }

    @Test func aListIsCutOnlyWhereAnUpdateIsWrittenAhead() {
        let past = Self.incident([(0, .investigating), (1, .resolved)])
        let ahead = Self.incident([(0, .investigating), (5, .resolved)])
        let notYet = Self.incident([(4, .investigating)])
        #expect(Self.moment(3).known([past, past]) == [past, past], "nothing written ahead: the list itself")
        let known = Self.moment(3).known([past, ahead, notYet, Self.incident([])])
        #expect(known.map(\.updates.count) == [2, 1], "the resolution at 5 cut, the incidents without a known update gone")
    }

    @Test func frontMatterFactsStay() throws {
        let maintenance = Self.incident([(0, .scheduled), (10, .inProgress), (12, .completed)], kind: .maintenance, scheduled: (10, 14))
        let announced = try #require(Self.moment(1).known(maintenance))
        // Before it starts, the announced schedule is its window.
        #expect(announced.impactWindows == [ImpactWindow(start: ImpactWindowTests.at(10), end: ImpactWindowTests.at(14))])
        #expect(Self.moment(11).known(maintenance)?.impactWindows == [ImpactWindow(start: ImpactWindowTests.at(10), end: nil)])
    }
}
