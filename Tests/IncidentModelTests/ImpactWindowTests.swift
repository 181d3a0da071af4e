import Foundation
import Testing
@testable import IncidentModel

/// The window rules of docs/authoring.md (Impact windows) on model values, one row per rule.
struct ImpactWindowTests {
    static let base = Date(timeIntervalSince1970: 1_700_000_000)

    static func at(_ hours: Double) -> Date { base.addingTimeInterval(hours * 3_600) }

    static func incident(_ statuses: [(Double, UpdateStatus)], kind: IncidentKind = .incident,
                         opened: Double? = nil, began: Double? = nil, scheduled: (Double, Double)? = nil) -> Incident {
        Incident(
            id: IncidentID("x"), title: "x", kind: kind, opened: opened.map(at), began: began.map(at),
            scheduled: scheduled.map { TimeRange(start: at($0.0), end: at($0.1)) },
            updates: statuses.map { Update(instant: at($0.0), status: $0.1, body: "", location: SourceLocation(path: "x.md", line: 1, column: 1)) },
            order: .oldestFirst)
    }

    /// Windows as (start, end) hours; end nil while ongoing.
    static func hours(_ incident: Incident) -> [[Double?]] {
        incident.impactWindows.map { [$0.start.timeIntervalSince(base) / 3_600, $0.end.map { $0.timeIntervalSince(base) / 3_600 }] }
    }

    @Test func theSeedPatternReopensAfterAResolution() {
        let incident = Self.incident([(0, .investigating), (3, .resolved), (100, .investigating), (106, .update), (120, .resolved), (126, .update)])
        #expect(Self.hours(incident) == [[0, 3], [100, 120]])
    }

    @Test func aPlainFirstUpdateCountsAsInvestigating() {
        #expect(Self.hours(Self.incident([(1, .update), (2, .resolved)])) == [[1, 2]])
    }

    @Test func aPlainUpdateAfterAResolutionDoesNotReopen() {
        #expect(Self.hours(Self.incident([(1, .investigating), (2, .resolved), (5, .update)])) == [[1, 2]])
    }

    @Test func onlyResolvedUpdatesWithoutOpenedOrBeganHaveNoWindow() {
        #expect(Self.hours(Self.incident([(1, .resolved)])).isEmpty)
        #expect(Self.hours(Self.incident([(1, .resolved)], opened: 0)) == [[0, 1]])
    }

    @Test func beganWinsOverOpenedAndTheFirstUpdate() {
        #expect(Self.hours(Self.incident([(1, .identified), (4, .resolved)], opened: 0.5, began: -2)) == [[-2, 4]])
    }

    @Test func anUnresolvedIncidentIsOngoingAndEndsAtTheReferenceTime() {
        let incident = Self.incident([(1, .investigating), (2, .monitoring)])
        #expect(Self.hours(incident) == [[1, nil]])
        let window = incident.impactWindows[0]
        #expect(window.range(at: Moment(Self.at(10))) == TimeRange(start: Self.at(1), end: Self.at(10)))
        #expect(window.range(at: Moment(Self.at(0))) == TimeRange(start: Self.at(1), end: Self.at(1)), "never ends before it starts")
    }

    @Test func maintenanceUsesInProgressToCompletedElseItsSchedule() {
        #expect(Self.hours(Self.incident([(0, .scheduled), (5, .inProgress), (6, .verifying), (7, .completed)], kind: .maintenance, scheduled: (5, 9))) == [[5, 7]])
        #expect(Self.hours(Self.incident([(0, .scheduled)], kind: .maintenance, scheduled: (5, 9))) == [[5, 9]])
        #expect(Self.hours(Self.incident([(0, .scheduled), (5, .inProgress)], kind: .maintenance, scheduled: (5, 9))) == [[5, nil]])
    }

    @Test func maintenanceThatRunsTwiceHasAWindowPerRun() {
        // A rollback redone the next night: Bezig → Afgerond → Bezig → Afgerond.
        let twice = Self.incident(
            [(0, .scheduled), (5, .inProgress), (6, .verifying), (7, .completed), (29, .inProgress), (30, .update), (31, .completed)],
            kind: .maintenance, scheduled: (5, 9))
        #expect(Self.hours(twice) == [[5, 7], [29, 31]])
        // The second run is open and ongoing while not completed.
        let secondRunning = Self.incident([(5, .inProgress), (7, .completed), (29, .inProgress), (30, .verifying)],
                                          kind: .maintenance, scheduled: (5, 9))
        #expect(Self.hours(secondRunning) == [[5, 7], [29, nil]])
        #expect(secondRunning.impactWindows.map(\.isOngoing) == [false, true])
        // Only an in_progress opens a run: a completed or verifying after completion does not.
        let repeatedCompletion = Self.incident([(5, .inProgress), (7, .completed), (8, .verifying), (9, .completed)],
                                               kind: .maintenance)
        #expect(Self.hours(repeatedCompletion) == [[5, 7]])
        // A second in_progress within a run does not split it.
        #expect(Self.hours(Self.incident([(5, .inProgress), (6, .inProgress), (7, .completed)], kind: .maintenance)) == [[5, 7]])
    }

    @Test func currentStatusIgnoresPlainUpdates() {
        #expect(Self.incident([(1, .investigating), (2, .resolved), (3, .update)]).currentStatus == .resolved)
        #expect(Self.incident([], kind: .maintenance).currentStatus == .scheduled)
    }

    @Test func theCatalogueDerivesNormsFromServices() {
        var incident = Self.incident([(0, .investigating)])
        incident.services = [ServiceKey("orders"), ServiceKey("cancellations")]
        #expect(Catalogue.standard.excusedNorms(for: incident).map(\.key.rawValue) == ["on-time-delivery", "cancellations", "track-and-trace"])
        incident.normsOverride = [NormKey("response-time")]
        #expect(Catalogue.standard.excusedNorms(for: incident).map(\.key.rawValue) == ["response-time"])
        incident.impact = .none
        #expect(Catalogue.standard.excusedNorms(for: incident).isEmpty)
    }
}
