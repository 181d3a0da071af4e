import Foundation
import IncidentModel
import OutputEncoding
import ParallelWork
import ServiceNorms

/// Renders a report as the JSON of docs/excusal.md (Asking: `storingen excused`), shared by `excused --format json` and
/// `api/excused.json`, so scripts read one shape everywhere.
public enum ExcusalJSONRenderer {
    /// Stable JSON (`StableJSON`'s bytes, written by `PrettyJSONWriter`: the file of
    /// 10,000 incidents is 3.7 MB and `serve` makes it at every minute), so the same
    /// report always gives the same bytes; ends with a newline. `schema`: the URL of
    /// `JSONSchema.excused` on the site. Keys are written in sorted order.
    public static func render(_ report: ExcusalReport, schema: String, language: Language = .nl) -> String {
        String(decoding: document(report, schema: schema, language: language), as: UTF8.self)
    }

    /// `render`'s bytes, for a file: made at every minute by `serve`, the 3.7 MB went
    /// through two strings on their way to the file, each held while the next was made.
    public static func document(_ report: ExcusalReport, schema: String, language: Language = .nl) -> [UInt8] {
        let clock = report.clock
        // The windows are most of the 3.7 MB: each norm's are written on a core of its own.
        let windowsDepth = 3
        let windows = ConcurrentMap.map(report.norms.count, concurrently: true) { index in
            var json = PrettyJSONWriter(valueAtDepth: windowsDepth, capacity: 1 << 16)
            json.windows(report.norms[index].windows, clock: clock)
            return json.bytes
        }
        var json = PrettyJSONWriter(capacity: 1 << 20)
        json.beginObject()
        json.key("$schema")
        json.string(schema)
        json.key("asOf")
        json.string(RFC3339.string(from: report.moment.instant, in: clock))
        json.key("norms")
        json.beginArray()
        for (excusal, windows) in zip(report.norms, windows) {
            json.beginObject()
            json.key("key")
            json.string(excusal.norm.key.rawValue)
            json.key("name")
            json.string(excusal.norm.name[language])
            json.key("periods")
            json.beginArray()
            for period in excusal.periods {
                json.beginObject()
                json.key("excusedSeconds")
                json.int(period.excusedSeconds)
                json.key("period")
                json.string(period.period)
                json.endObject()
            }
            json.endArray()
            json.key("windows")
            assert(json.depth == windowsDepth)
            json.value(written: windows)
            json.endObject()
        }
        json.endArray()
        json.key("timeZone")
        json.string(clock.timeZone.identifier)
        json.endObject()
        json.endDocument()
        return json.bytes
    }
}
