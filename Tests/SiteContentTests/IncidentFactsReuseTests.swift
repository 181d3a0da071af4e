import Foundation
import IncidentModel
import ServiceNorms
import Testing
@testable import SiteContent

/// `serve` keeps an incident's facts across minutes when nothing in them depends on the
/// moment, rather than working out 10,000 incidents' facts again at every new minute;
/// what it keeps must be what it would have worked out.
struct IncidentFactsReuseTests {
    typealias Fixture = SiteContentTests
    let engine = ExcusalEngine()
    let earlier = Moment(Fixture.asOf)
    /// After the planned maintenance started: its state moves.
    let later = Moment(Fixture.at("2024-01-25T22:00:00Z"))

    @Test("settled facts are kept, open ones worked out again, and both show what fresh facts show", arguments: [
        (Fixture.resolvedLongAgo, true), (Fixture.resolvedRecently, true), (Fixture.done, true),
        (Fixture.active, false), (Fixture.running, false), (Fixture.upcoming, false),
    ])
    func keptWhenSettled(incident: Incident, kept: Bool) {
        let before = IncidentFacts(incident, at: earlier, engine: engine)
        let after = IncidentFacts.at(later, of: incident, engine: engine, previous: before)
        let fresh = IncidentFacts(incident, at: later, engine: engine)
        #expect((after === before) == kept)
        #expect(after.state == fresh.state)
        #expect(after.excusals == fresh.excusals)
        #expect(after.updated == fresh.updated)
        #expect(after.started == fresh.started)
    }

    @Test("facts are not kept for an earlier moment, when the maintenance was still running")
    func notKeptBackwards() {
        let before = IncidentFacts(Fixture.done, at: later, engine: engine)
        let during = IncidentFacts.at(Moment(Fixture.at("2024-01-19T22:00:00Z")), of: Fixture.done, engine: engine, previous: before)
        #expect(before.state == .completed(Fixture.at("2024-01-19T23:00:00Z")))
        #expect(during.state == .inProgress)
    }
}
