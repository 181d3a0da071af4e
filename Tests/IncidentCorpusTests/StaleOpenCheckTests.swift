import Foundation
import Testing
import IncidentCorpus
import IncidentModel

/// An incident left open without an update for more than `staleOpenDays` is warned
/// about at its latest update; one whose last change of state is a resolution never is.
/// The check skips resolved incidents before working out their windows (`serve` runs it
/// over years of history at each save): these cases pin down that the shortcut decides
/// exactly as the windows do.
struct StaleOpenCheckTests {
    static let moment = Moment(Date(timeIntervalSince1970: 1_800_000_000))

    /// An incident with updates `days` before the moment, oldest first.
    static func incident(_ updates: [(days: Double, status: UpdateStatus)], kind: IncidentKind = .incident) -> Incident {
        Incident(
            id: IncidentID("x"), title: "x", kind: kind,
            updates: updates.enumerated().map { line, update in
                Update(instant: moment.instant.addingTimeInterval(-update.days * 86_400), status: update.status, body: "",
                       location: SourceLocation(path: "x.md", line: line + 1, column: 1))
            },
            order: .oldestFirst, path: "x.md")
    }

    @Test(arguments: [
        ("open, last update 20 days ago", [(30.0, UpdateStatus.investigating), (20, .identified)], 2 as Int?),
        ("open, updated yesterday", [(30, .investigating), (1, .monitoring)], nil),
        ("resolved", [(30, .investigating), (20, .resolved)], nil),
        ("a plain update after the resolution", [(30, .investigating), (25, .resolved), (20, .update)], nil),
        ("reopened after the resolution", [(30, .investigating), (25, .resolved), (20, .investigating)], 3),
        ("reopened by a plain update", [(30, .investigating), (25, .resolved), (24, .investigating), (20, .update)], 4),
        ("only plain updates, which count as investigating", [(30, .update), (20, .update)], 2),
        ("only a resolution, a note after the fact", [(20, .resolved)], nil),
    ] as [(String, [(Double, UpdateStatus)], Int?)])
    func warnsAtTheLatestUpdateOfAnIncidentLeftOpen(_ name: String, _ updates: [(Double, UpdateStatus)], warnedLine: Int?) {
        let incident = Self.incident(updates.map { (days: $0.0, status: $0.1) })
        let warnings = StaleOpenCheck(moment: Self.moment, days: 14).diagnostics(for: [incident])
        #expect(warnings.map(\.location.line) == (warnedLine.map { [$0] } ?? []), "\(name)")
        #expect(warnings.allSatisfy { $0.severity == .warning })
        // The shortcut agrees with the windows: a warning exactly when the last window is ongoing.
        #expect(!warnings.isEmpty == ((incident.impactWindows.last?.isOngoing ?? false) && updates.last!.0 > 14), "\(name)")
    }

    @Test func maintenanceIsNeverStale() {
        let maintenance = Self.incident([(30, .scheduled), (20, .inProgress)], kind: .maintenance)
        #expect(StaleOpenCheck(moment: Self.moment, days: 14).diagnostics(for: [maintenance]).isEmpty)
    }
}
