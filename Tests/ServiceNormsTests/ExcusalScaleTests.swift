import Foundation
import IncidentModel
import Testing
import ServiceNorms

/// Large inputs give complete, correct results; how fast is measured by `storingen-bench`,
/// never asserted here.
@Suite("Excusal at scale")
struct ExcusalScaleTests {
    static let asOf = instant("2025-01-01T00:00:00+01:00")

    /// 10,000 incidents over five years from a fixed linear congruential sequence, so every
    /// run measures the same work: two random services, two impact windows each, and ten
    /// unresolved incidents from the last week before asOf.
    static func incidents(count: Int) -> [Incident] {
        var state: UInt64 = 0x5EED_0000
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let services = Catalogue.standard.serviceKeys
        let origin = instant("2020-01-01T00:00:00+01:00")
        return (0..<count).map { number in
            let unresolved = number % 1_000 == 0
            let start = unresolved
                ? asOf.addingTimeInterval(-TimeInterval(1 + next(7 * 24 * 60)) * 60)
                : origin.addingTimeInterval(TimeInterval(next(5 * 365 * 24 * 60) * 60))
            var updates = [update(start, .investigating)]
            if !unresolved {
                let firstEnd = start.addingTimeInterval(TimeInterval(10 + next(3 * 24 * 60)) * 60)
                let reopen = firstEnd.addingTimeInterval(TimeInterval(next(5 * 24 * 60)) * 60)
                updates += [
                    update(firstEnd, .resolved), update(reopen, .identified),
                    update(reopen.addingTimeInterval(TimeInterval(10 + next(2_000)) * 60), .resolved),
                ]
            }
            return Incident(
                id: IncidentID("incident-\(number)"), title: "Incident \(number)", impact: .major,
                services: [services[next(services.count)], services[next(services.count)]],
                updates: updates, order: .oldestFirst)
        }
    }

    static func update(_ instant: Date, _ status: UpdateStatus) -> Update {
        Update(instant: instant, status: status, body: "", location: SourceLocation(path: "perf.md", line: 1, column: 1))
    }

    static func report(_ incidents: [Incident]) -> ExcusalReport {
        ExcusalEngine().report(for: incidents, at: Moment(asOf))
    }

    @Test("10,000 incidents: every norm's windows merged, sorted and disjoint")
    func tenThousandIncidents() {
        let report = Self.report(Self.incidents(count: 10_000))
        let windows = report.norms.reduce(0) { $0 + $1.windows.count }
        #expect(windows > 1_000)
        for norm in report.norms {
            #expect(zip(norm.windows, norm.windows.dropFirst()).allSatisfy { $0.range.end < $1.range.start })
        }
    }

    @Test("a corpus collected in chunks on every core gives what its incidents give one by one")
    func chunkedCorpus() throws {
        // 1,500 incidents: three chunks of the engine, the last one short.
        let incidents = Self.incidents(count: 1_500)
        let engine = ExcusalEngine()
        let report = engine.report(for: incidents, at: Moment(Self.asOf))
        let own = incidents.map { engine.excusals(of: $0, at: Moment(Self.asOf)) }
        let merged = engine.report(mergingExcusalsOf: own, at: Moment(Self.asOf))
        #expect(report.norms.map(\.norm) == Catalogue.standard.norms)
        #expect(merged.norms.map(\.norm) == Catalogue.standard.norms)
        for (norm, other) in zip(report.norms, merged.norms) {
            let windows = own.flatMap { $0.filter { $0.norm == norm.norm }.flatMap(\.windows) }
            #expect(norm.windows == ExcusedWindowMerger.merge(windows))
            #expect(other.windows == norm.windows)
            #expect(other.periods == norm.periods)
            // Causes are the incidents' own windows: unmerged here, merged per incident there.
            let causes = Set(norm.causes.windows.flatMap(\.incidents))
            #expect(causes == Set(windows.flatMap(\.incidents)))
            #expect(causes == Set(other.causes.windows.flatMap(\.incidents)))
        }
        let excusing = zip(incidents, own).filter { !$1.isEmpty }.map(\.0.id)
        #expect(excusing.count > 1_000)
        #expect(Set(report.norms.flatMap(\.windows).flatMap(\.incidents)) == Set(excusing))
    }

    @Test("a phone incident left unresolved for ten years stays cheap")
    func forgottenIncident() throws {
        let forgotten = Incident(
            id: IncidentID("vergeten"), title: "Vergeten storing", impact: .minor, services: [ServiceKey("phone")],
            updates: [Self.update(instant("2015-01-01T09:00:00+01:00"), .investigating)], order: .oldestFirst)
        let report = Self.report([forgotten])
        let phone = try #require(report.excusal(of: NormKey("phone-reachability")))
        // Ten years of business days, each its own 09:00–17:00 window.
        #expect((2_500...2_560).contains(phone.windows.count))
        #expect(phone.windows.allSatisfy { $0.range.duration == 8 * 3_600 && $0.ongoing })
    }
}
