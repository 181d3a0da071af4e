import Foundation
import IncidentModel
import Testing
import ServiceNorms

@Suite("Excusal engine")
struct ExcusalEngineTests {
    let engine = ExcusalEngine()
    let asOf = instant("2024-01-01T00:00:00+01:00")

    func summary(_ excusal: NormExcusal) -> [String] {
        excusal.windows.map { "\(describe($0.range)) \($0.incidents.map(\.rawValue)) ongoing=\($0.ongoing)" }
            + excusal.periods.map { "\($0.period)=\($0.excusedSeconds)" }
    }

    @Test("seed 000: three norms excused twice with one business day of grace; the rest empty")
    func seedIncident() throws {
        let report = engine.report(for: [SeedIncidents.orders, SeedIncidents.billing], at: Moment(asOf))
        #expect(report.norms.map(\.norm.key) == Catalogue.standard.normKeys)
        let expected = [
            "2023-12-13T12:23:00+01:00 → 2023-12-14T15:50:00+01:00 [\"2023-12-13-bestellingen\"] ongoing=false",
            "2023-12-18T09:30:00+01:00 → 2023-12-20T09:00:00+01:00 [\"2023-12-13-bestellingen\"] ongoing=false",
            "2023-W50=98820",
            "2023-W51=171000",
        ]
        for excusal in report.norms {
            switch excusal.norm.key.rawValue {
            case "on-time-delivery", "cancellations", "track-and-trace":
                #expect(summary(excusal) == expected, "\(excusal.norm.key)")
            default:
                #expect(excusal.windows.isEmpty && excusal.periods.isEmpty, "\(excusal.norm.key)")
            }
        }
    }

    @Test("an incident with impact none excuses nothing, even with services that excuse norms")
    func impactNone() {
        let report = engine.report(for: [SeedIncidents.billing], at: Moment(asOf))
        #expect(report.norms.count == Catalogue.standard.norms.count)
        #expect(report.norms.allSatisfy { $0.windows.isEmpty && $0.periods.isEmpty })
    }

    @Test("an ongoing incident's window ends at asOf, is flagged ongoing and gets no grace")
    func ongoing() throws {
        let asOf = instant("2024-01-09T12:00:00+01:00")
        let report = engine.report(for: [SeedIncidents.ongoingShipping], at: Moment(asOf))
        let delivery = try #require(report.excusal(of: NormKey("on-time-delivery")))
        #expect(summary(delivery) == [
            "2024-01-08T10:00:00+01:00 → 2024-01-09T12:00:00+01:00 [\"2024-01-08-verzenden\"] ongoing=true",
            "2024-W02=93600",
        ])
        #expect(report.excusal(of: NormKey("cancellations"))?.windows.isEmpty == true)
    }

    @Test("overlapping windows of two incidents merge and list both, sorted")
    func twoIncidentsMerge() throws {
        var second = SeedIncidents.ongoingShipping
        second.id = IncidentID("2023-12-14-verzenden")
        second.updates = [
            SeedIncidents.update("2023-12-14T15:00:00+01:00", .investigating, line: 5),
            SeedIncidents.update("2023-12-14T16:00:00+01:00", .resolved, line: 9),
        ]
        let report = engine.report(for: [second, SeedIncidents.orders], at: Moment(asOf))
        let delivery = try #require(report.excusal(of: NormKey("on-time-delivery")))
        // The seed's first window runs to Thursday 15:50 with grace; this one starts at
        // 15:00 and, with grace, ends Friday 16:00.
        #expect(summary(delivery).first ==
            "2023-12-13T12:23:00+01:00 → 2023-12-15T16:00:00+01:00 [\"2023-12-13-bestellingen\", \"2023-12-14-verzenden\"] ongoing=false")
        // Cancellations are not excused by shipping: only the seed there.
        let cancellations = try #require(report.excusal(of: NormKey("cancellations")))
        #expect(cancellations.windows.first?.incidents == [IncidentID("2023-12-13-bestellingen")])
    }

    @Test("response time gets 24 business hours; phone reachability only office hours, no grace")
    func businessHoursAndOfficeHours() throws {
        let incident = Incident(
            id: IncidentID("2023-12-15-klantcontact"), title: "Klantvragen en telefonie onbereikbaar",
            impact: .minor, services: [ServiceKey("customer-questions"), ServiceKey("phone")],
            updates: [
                SeedIncidents.update("2023-12-15T16:00:00+01:00", .investigating, line: 5),
                SeedIncidents.update("2023-12-18T10:00:00+01:00", .resolved, line: 9),
            ],
            order: .oldestFirst)
        let report = engine.report(for: [incident], at: Moment(asOf))
        let response = try #require(report.excusal(of: NormKey("response-time")))
        #expect(response.windows.map { describe($0.range) } ==
            ["2023-12-15T16:00:00+01:00 → 2023-12-19T10:00:00+01:00"])
        let phone = try #require(report.excusal(of: NormKey("phone-reachability")))
        #expect(phone.windows.map { describe($0.range) } == [
            "2023-12-15T16:00:00+01:00 → 2023-12-15T17:00:00+01:00",
            "2023-12-18T09:00:00+01:00 → 2023-12-18T10:00:00+01:00",
        ])
        #expect(phone.periods.map { "\($0.period)=\($0.excusedSeconds)" } == ["2023-W50=3600", "2023-W51=3600"])
    }

    @Test("a norms: override replaces the derived norms; [] excuses nothing")
    func normsOverride() throws {
        var incident = SeedIncidents.orders
        incident.normsOverride = [NormKey("returns")]
        let report = engine.report(for: [incident], at: Moment(asOf))
        #expect(report.norms.filter { !$0.windows.isEmpty }.map(\.norm.key) == [NormKey("returns")])
        let returns = try #require(report.excusal(of: NormKey("returns")))
        #expect(returns.periods.map(\.period) == ["2023-12"])
        incident.normsOverride = []
        #expect(engine.report(for: [incident], at: Moment(asOf)).norms.allSatisfy { $0.windows.isEmpty })
    }

    @Test("a scheduled maintenance is excused with grace, like an incident window")
    func maintenance() throws {
        let maintenance = Incident(
            id: IncidentID("2024-02-03-onderhoud"), title: "Gepland onderhoud", kind: .maintenance,
            impact: .minor, services: [ServiceKey("returns")],
            scheduled: range("2024-02-02T22:00:00+01:00", "2024-02-03T06:00:00+01:00"))
        let report = engine.report(for: [maintenance], at: Moment(asOf))
        let returns = try #require(report.excusal(of: NormKey("returns")))
        // Ends Saturday 06:00; one business day later is Monday 06:00.
        #expect(returns.windows.map { describe($0.range) } == ["2024-02-02T22:00:00+01:00 → 2024-02-05T06:00:00+01:00"])
        #expect(returns.windows.first?.ongoing == false)
    }

    @Test("maintenance that runs twice is excused for each run, grace included")
    func maintenanceRunTwice() throws {
        // Tuesday night, rolled back; redone Wednesday night.
        let maintenance = Incident(
            id: IncidentID("2024-02-06-onderhoud"), title: "Onderhoud retouren", kind: .maintenance,
            impact: .minor, services: [ServiceKey("returns")],
            scheduled: range("2024-02-06T22:00:00+01:00", "2024-02-07T02:00:00+01:00"),
            updates: [
                SeedIncidents.update("2024-02-06T22:00:00+01:00", .inProgress, line: 5),
                SeedIncidents.update("2024-02-07T01:00:00+01:00", .completed, line: 9),
                SeedIncidents.update("2024-02-07T23:00:00+01:00", .inProgress, line: 13),
                SeedIncidents.update("2024-02-08T00:30:00+01:00", .completed, line: 17),
            ],
            order: .oldestFirst)
        let report = engine.report(for: [maintenance], at: Moment(instant("2024-03-01T00:00:00+01:00")))
        let returns = try #require(report.excusal(of: NormKey("returns")))
        // Each run gets one business day of grace: the first ends Thursday 01:00, which
        // overlaps the second run, so both merge into one window to Friday 00:30.
        #expect(returns.windows.map { describe($0.range) } == ["2024-02-06T22:00:00+01:00 → 2024-02-09T00:30:00+01:00"])
        #expect(report.excusal(at: instant("2024-02-08T12:00:00+01:00"), norm: NormKey("returns")) != nil)
        #expect(report.excusal(at: instant("2024-02-09T00:30:00+01:00"), norm: NormKey("returns")) == nil)
        #expect(returns.periods.map { "\($0.period)=\($0.excusedSeconds)" } == ["2024-02=181800"])

        // A week apart, the runs stay two windows, the second with its own grace.
        var weekApart = maintenance
        weekApart.updates[2] = SeedIncidents.update("2024-02-13T22:00:00+01:00", .inProgress, line: 13)
        weekApart.updates[3] = SeedIncidents.update("2024-02-14T01:30:00+01:00", .completed, line: 17)
        let apart = try #require(engine.report(for: [weekApart], at: Moment(instant("2024-03-01T00:00:00+01:00")))
            .excusal(of: NormKey("returns")))
        #expect(apart.windows.map { describe($0.range) } == [
            "2024-02-06T22:00:00+01:00 → 2024-02-08T01:00:00+01:00",
            "2024-02-13T22:00:00+01:00 → 2024-02-15T01:30:00+01:00",
        ])
        #expect(apart.windows.allSatisfy { $0.incidents == [IncidentID("2024-02-06-onderhoud")] && !$0.ongoing })
    }

    @Test("an incident page lists only the norms its incident excuses")
    func incidentExcusals() {
        let excusals = engine.excusals(of: SeedIncidents.orders, at: Moment(asOf))
        #expect(excusals.map(\.norm.key.rawValue) == ["on-time-delivery", "cancellations", "track-and-trace"])
    }

    @Test("site.yml holidays change the grace")
    func customCalendar() throws {
        // Thursday 14 December declared a closing day: the first window's grace moves to Friday.
        let engine = ExcusalEngine(calendar: BusinessCalendar(adding: [date("2023-12-14")]))
        let report = engine.report(for: [SeedIncidents.orders], at: Moment(asOf))
        let delivery = try #require(report.excusal(of: NormKey("on-time-delivery")))
        #expect(delivery.windows.first.map { describe($0.range) } == "2023-12-13T12:23:00+01:00 → 2023-12-15T15:50:00+01:00")
    }
}
