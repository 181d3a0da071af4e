import ExcusalFormats
import Foundation
import IncidentModel
import ServiceNorms
import Testing
import TestSupport

/// `api/excused/<norm>/<period>.json`: one period of one norm, its windows clipped to
/// it, its excused seconds the same as the `periods` entry of `api/excused.json`.
@Suite("Per-period JSON")
struct ExcusalPeriodJSONRendererTests {
    let report = SampleReport.report

    /// Each incident's own excused windows for `norm`, as the site build passes them.
    static func causes(of incidents: [Incident], norm: NormKey, at moment: Moment) -> [ExcusedWindow] {
        incidents.flatMap { incident in
            ExcusalEngine().excusals(of: incident, at: moment).filter { $0.norm.key == norm }.flatMap(\.windows)
        }
    }

    func render(_ period: PeriodExcusal, of excusal: NormExcusal) -> String {
        ExcusalPeriodJSONRenderer.render(
            period, of: excusal, causes: Self.causes(of: [SampleReport.orders, SampleReport.phone], norm: excusal.norm.key, at: report.moment),
            at: report.moment, schema: JSONSchema.excusedPeriod.url(baseURL: SampleReport.baseURL))
    }

    /// Every (norm, period) of the report with its rendered document.
    var documents: [(excusal: NormExcusal, period: PeriodExcusal, text: String)] {
        report.norms.flatMap { excusal in excusal.periods.map { (excusal, $0, render($0, of: excusal)) } }
    }

    func object(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    /// `storingen serve` writes a placeholder for the moment and fills it in as it sends the
    /// file: the placeholder stands verbatim where the moment stood, and nowhere else.
    @Test("asOf given verbatim replaces the moment, and only it")
    func asOfVerbatim() throws {
        let delivery = try #require(report.excusal(of: NormKey("on-time-delivery")))
        let week = try #require(delivery.periods.first { $0.period == "2023-W51" })
        let causes = Self.causes(of: [SampleReport.orders, SampleReport.phone], norm: delivery.norm.key, at: report.moment)
        let schema = JSONSchema.excusedPeriod.url(baseURL: SampleReport.baseURL)
        let written = render(week, of: delivery)
        let placeholder = ExcusalPeriodJSONRenderer.render(
            week, of: delivery, causes: causes, at: report.moment, schema: schema, asOf: "\u{0}period.asOf\u{0}")
        let moment = RFC3339.string(from: report.moment.instant, in: .amsterdam)
        #expect(written.contains("\"asOf\" : \"\(moment)\""))
        #expect(placeholder == written.replacingOccurrences(of: "\"asOf\" : \"\(moment)\"", with: "\"asOf\" : \"\u{0}period.asOf\u{0}\""))
        #expect(placeholder != written)
    }

    @Test("a seed-outage week, as a golden file")
    func goldenWeek() throws {
        let delivery = try #require(report.excusal(of: NormKey("on-time-delivery")))
        let week = try #require(delivery.periods.first { $0.period == "2023-W51" })
        Snapshot.assertMatches(render(week, of: delivery),
                               named: "on-time-delivery-2023-W51.json")
    }

    @Test("each file's excusedSeconds is the period entry of api/excused.json and the sum of its clipped windows")
    func excusedSecondsMatchTheReport() throws {
        let whole = try object(ExcusalJSONRenderer.render(report, schema: SampleReport.schema))
        var entries: [String: Int] = [:]
        for norm in whole["norms"] as? [[String: Any]] ?? [] {
            for period in norm["periods"] as? [[String: Any]] ?? [] {
                entries["\(norm["key"] ?? "")/\(period["period"] ?? "")"] = period["excusedSeconds"] as? Int
            }
        }
        let documents = documents
        #expect(documents.count == entries.count)
        #expect(documents.count >= 5, "the sample touches weeks and months of several norms")
        let parser = ISO8601DateFormatter()
        for document in documents {
            let json = try object(document.text)
            let key = "\(document.excusal.norm.key.rawValue)/\(document.period.period)"
            #expect(json["excusedSeconds"] as? Int == entries[key], "\(key)")
            let windows = try #require(json["windows"] as? [[String: Any]])
            let seconds = try windows.reduce(0.0) { total, window in
                let start = try #require(parser.date(from: window["start"] as? String ?? ""))
                let end = try #require(parser.date(from: window["end"] as? String ?? ""))
                return total + end.timeIntervalSince(start)
            }
            #expect(Int(seconds.rounded()) == entries[key], "\(key): the clipped windows add up")
        }
    }

    @Test("windows are clipped to the period, which runs from local midnight to local midnight")
    func clippedToThePeriod() throws {
        // The phone outage runs on into April, past the end of March and of week 13.
        let phone = try #require(report.excusal(of: NormKey("response-time")))
        let week = try #require(phone.periods.first { $0.period == "2024-W13" })
        let json = try object(render(week, of: phone))
        #expect(json["start"] as? String == "2024-03-25T00:00:00+01:00")
        #expect(json["end"] as? String == "2024-04-01T00:00:00+02:00")
        let windows = try #require(json["windows"] as? [[String: Any]])
        #expect(windows.map { $0["end"] as? String } == ["2024-04-01T00:00:00+02:00"])
        #expect(windows.map { $0["ongoing"] as? Bool } == [true])
        #expect(json["incidents"] as? [String] == ["2024-03-28-telefonie"])
        #expect((json["norm"] as? [String: String]) == ["key": "response-time", "name": "Reactietijd klantvragen"])
    }

    @Test("a merged window names, per period, only the incidents whose own excused time falls in it")
    func incidentsPerPeriod() throws {
        // An orders outage on Wednesday 13 December (grace to Thursday 15:50) merges with a
        // shipping outage from Thursday 15:00 to Monday 18 December 10:00 (grace to Tuesday
        // 10:00): one window across weeks 50 and 51, of which week 51 is shipping's alone.
        var orders = SampleReport.orders
        orders.updates = [SampleReport.update("2023-12-13T15:50:00+01:00", .resolved),
                          SampleReport.update("2023-12-13T12:23:00+01:00", .investigating)]
        var shipping = SampleReport.phone
        shipping.id = IncidentID("2023-12-14-verzenden")
        shipping.services = [ServiceKey("shipping")]
        shipping.updates = [SampleReport.update("2023-12-14T15:00:00+01:00", .investigating),
                            SampleReport.update("2023-12-18T10:00:00+01:00", .resolved)]
        let incidents = [orders, shipping]
        let report = ExcusalEngine().report(for: incidents, at: Moment(SampleReport.asOf))
        let delivery = try #require(report.excusal(of: NormKey("on-time-delivery")))
        try #require(delivery.windows.count == 1)
        #expect(delivery.windows[0].incidents.map(\.rawValue) == ["2023-12-13-bestellingen", "2023-12-14-verzenden"])
        let causes = Self.causes(of: incidents, norm: delivery.norm.key, at: report.moment)
        let weeks = try delivery.periods.map { period in
            try object(ExcusalPeriodJSONRenderer.render(period, of: delivery, causes: causes, at: report.moment, schema: JSONSchema.excusedPeriod.url(baseURL: SampleReport.baseURL)))
        }
        #expect(weeks.map { $0["period"] as? String } == ["2023-W50", "2023-W51"])
        #expect(weeks.map { $0["incidents"] as? [String] } == [["2023-12-13-bestellingen", "2023-12-14-verzenden"], ["2023-12-14-verzenden"]])
        let week51 = try #require(weeks[1]["windows"] as? [[String: Any]])
        #expect(week51.map { $0["incidents"] as? [String] } == [["2023-12-14-verzenden"]])
        #expect(week51.map { $0["end"] as? String } == ["2023-12-19T10:00:00+01:00"])
    }

    @Test("every file matches the JSON Schema", .enabled(
        if: Python.hasModules("jsonschema"),
        "needs python3 with the jsonschema package (pip install jsonschema)"))
    func jsonSchema() throws {
        for document in documents {
            #expect(try validate(document.text).status == 0, "\(document.excusal.norm.key) \(document.period.period)")
        }
    }

    @Test("the schema rejects what docs/excusal.md forbids", .enabled(
        if: Python.hasModules("jsonschema"),
        "needs python3 with the jsonschema package (pip install jsonschema)"))
    func schemaIsStrict() throws {
        let text = try #require(documents.first?.text)
        let broken = text
            .replacingOccurrences(of: "\"timeZone\" : \"Europe/Amsterdam\"", with: "\"timeZone\" : \"UTC\"")
            .replacingOccurrences(of: "\"start\" : \"2023-12-11T00:00:00+01:00\"", with: "\"start\" : \"2023-12-11T08:00:00+01:00\"")
        let result = try validate(broken)
        #expect(result.status == 1)
        #expect(result.output.contains("timeZone"))
        #expect(result.output.contains("2023-12-11T08:00:00+01:00"))
    }

    func validate(_ text: String) throws -> (status: Int32, output: String) {
        let document = try Python.temporaryFile(text, suffix: ".json")
        defer { try? FileManager.default.removeItem(at: document) }
        let schema = try Python.temporaryFile(JSONSchema.excusedPeriod.text, suffix: ".json")
        defer { try? FileManager.default.removeItem(at: schema) }
        return try Python.run([Fixtures.directory().appendingPathComponent("validate_json.py").path, schema.path, document.path])
    }
}
