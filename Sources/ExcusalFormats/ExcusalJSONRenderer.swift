import Foundation
import IncidentModel
import OutputEncoding
import ServiceNorms

/// Renders a report as the JSON of docs/excusal.md (Asking: `storingen excused`), shared by `excused --format json` and
/// `api/excused.json`, so scripts read one shape everywhere.
public enum ExcusalJSONRenderer {
    /// Stable JSON (`StableJSON`), so the same report always gives the same bytes; ends
    /// with a newline. `schema`: the URL of `JSONSchema.excused` on the site.
    public static func render(_ report: ExcusalReport, schema: String, language: Language = .nl) -> String {
        let clock = report.clock
        let document = Document(
            schema: schema,
            asOf: RFC3339.string(from: report.moment.instant, in: clock),
            timeZone: clock.timeZone.identifier,
            norms: report.norms.map { excusal in
                Document.Norm(
                    key: excusal.norm.key.rawValue,
                    name: excusal.norm.name[language],
                    windows: excusal.windows.map { window in
                        Document.Window(
                            start: RFC3339.string(from: window.range.start, in: clock),
                            end: RFC3339.string(from: window.range.end, in: clock),
                            incidents: window.incidents.map(\.rawValue),
                            ongoing: window.ongoing)
                    },
                    periods: excusal.periods.map { Document.Period(period: $0.period, excusedSeconds: $0.excusedSeconds) })
            })
        return StableJSON.string(document) + "\n"
    }

    /// The wire shape, kept apart from the model so the model can change without
    /// breaking clients.
    private struct Document: Encodable {
        struct Norm: Encodable {
            var key: String
            var name: String
            var windows: [Window]
            var periods: [Period]
        }

        struct Window: Encodable {
            var start: String
            var end: String
            var incidents: [String]
            var ongoing: Bool
        }

        struct Period: Encodable {
            var period: String
            var excusedSeconds: Int
        }

        var schema: String
        var asOf: String
        var timeZone: String
        var norms: [Norm]

        enum CodingKeys: String, CodingKey {
            case schema = "$schema", asOf, timeZone, norms
        }
    }
}
