import Foundation
import IncidentModel
import OutputEncoding
import ServiceNorms

/// Renders one evaluation period of one norm as JSON (`api/excused/<norm>/<period>.json`),
/// a document a seller can cite for the week or month their score was corrected in: the
/// period's bounds, its excused seconds (the `periods` entry of `api/excused.json`), the
/// norm's windows clipped to it, and the incidents behind them.
///
/// A clipped window names only the incidents whose own excused time falls in it: a
/// merged window can span months of overlapping outages and names them all, which says
/// nothing about one week (and made a week's file hundreds of kilobytes).
public enum ExcusalPeriodJSONRenderer {
    /// Pretty-printed JSON with sorted keys and unescaped slashes, times in RFC 3339 with
    /// the offset in force at each instant; ends with a newline. `causes` are the
    /// incidents' own excused windows for this norm, each naming its incident (as
    /// `ExcusalEngine.excusals(of:at:)` gives them); those outside the period are ignored.
    /// `asOf`: written verbatim as the value of `asOf` instead of the moment (a placeholder
    /// `storingen serve` fills in), which JSON escaping would spoil.
    public static func render(
        _ period: PeriodExcusal, of excusal: NormExcusal, causes: [ExcusedWindow], at moment: Moment, schema: String,
        clock: WallClock = .amsterdam, language: Language = .nl, asOf: String? = nil
    ) -> String {
        render(period, of: excusal.norm, windows: windows(period, of: excusal, causes: causes), at: moment, schema: schema,
               clock: clock, language: language, asOf: asOf)
    }

    /// The windows a period's file lists: the norm's windows clipped to the period, each
    /// naming the incidents whose own windows (`causes`) fall in it. All that the file
    /// shows of the windows, so also what tells whether it must be made again.
    public static func windows(_ period: PeriodExcusal, of excusal: NormExcusal, causes: [ExcusedWindow]) -> [ExcusedWindow] {
        windows(period, overlapping: excusal.windows(overlapping: TimeRange(start: period.start, end: period.end)), causes: causes)
    }

    /// `windows(_:of:causes:)` of the norm's windows that overlap the period.
    public static func windows(
        _ period: PeriodExcusal, overlapping: some Sequence<ExcusedWindow>, causes: [ExcusedWindow]
    ) -> [ExcusedWindow] {
        let bounds = TimeRange(start: period.start, end: period.end)
        let inPeriod = causes.filter { $0.range.intersection(bounds) != nil }
        return overlapping.compactMap { $0.clipped(to: bounds) }.map { window in
            var named = window
            named.incidents = Set(inPeriod.filter { $0.range.intersection(window.range) != nil }.flatMap(\.incidents))
                .sorted { $0.rawValue < $1.rawValue }
            return named
        }
    }

    /// The file of `period` of `norm` listing `windows` (as `windows(_:of:causes:)` gives
    /// them), written straight as `StableJSON` would (`PrettyJSONWriter`): a site has a file
    /// per norm and period, thousands at 10,000 incidents, and `serve` makes the running
    /// periods' again at every minute.
    public static func render(
        _ period: PeriodExcusal, of norm: Norm, windows: [ExcusedWindow], at moment: Moment, schema: String,
        clock: WallClock = .amsterdam, language: Language = .nl, asOf: String? = nil
    ) -> String {
        String(decoding: document(period, of: norm, windows: windows, at: moment, schema: schema, clock: clock,
                                  language: language, asOf: asOf), as: UTF8.self)
    }

    /// `render`'s bytes, for the file, without a string on the way.
    public static func document(
        _ period: PeriodExcusal, of norm: Norm, windows: [ExcusedWindow], at moment: Moment, schema: String,
        clock: WallClock = .amsterdam, language: Language = .nl, asOf: String? = nil
    ) -> [UInt8] {
        var json = PrettyJSONWriter()
        json.beginObject()
        json.key("$schema")
        json.string(schema)
        json.key("asOf")
        if let asOf {
            json.verbatimString(asOf)
        } else {
            json.string(RFC3339.string(from: moment.instant, in: clock))
        }
        json.key("end")
        json.string(RFC3339.string(from: period.end, in: clock))
        json.key("excusedSeconds")
        json.int(period.excusedSeconds)
        json.key("incidents")
        json.strings(Set(windows.flatMap(\.incidents)).map(\.rawValue).sorted())
        json.key("norm")
        json.beginObject()
        json.key("key")
        json.string(norm.key.rawValue)
        json.key("name")
        json.string(norm.name[language])
        json.endObject()
        json.key("period")
        json.string(period.period)
        json.key("start")
        json.string(RFC3339.string(from: period.start, in: clock))
        json.key("timeZone")
        json.string(clock.timeZone.identifier)
        json.key("windows")
        json.windows(windows, clock: clock)
        json.endObject()
        json.endDocument()
        return json.bytes
    }
}
