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

    /// The file of `period` of `norm` listing `windows` (as `windows(_:of:causes:)` gives them).
    public static func render(
        _ period: PeriodExcusal, of norm: Norm, windows: [ExcusedWindow], at moment: Moment, schema: String,
        clock: WallClock = .amsterdam, language: Language = .nl, asOf: String? = nil
    ) -> String {
        let document = Document(
            schema: schema,
            asOf: asOf == nil ? RFC3339.string(from: moment.instant, in: clock) : "",
            timeZone: clock.timeZone.identifier,
            norm: Document.Norm(key: norm.key.rawValue, name: norm.name[language]),
            period: period.period,
            start: RFC3339.string(from: period.start, in: clock),
            end: RFC3339.string(from: period.end, in: clock),
            excusedSeconds: period.excusedSeconds,
            windows: windows.map { window in
                Document.Window(
                    start: RFC3339.string(from: window.range.start, in: clock),
                    end: RFC3339.string(from: window.range.end, in: clock),
                    incidents: window.incidents.map(\.rawValue),
                    ongoing: window.ongoing)
            },
            incidents: Set(windows.flatMap(\.incidents)).map(\.rawValue).sorted())
        let text = StableJSON.string(document) + "\n"
        return asOf.map { StableJSON.replacingEmptyValue(of: "asOf", with: $0, in: text) } ?? text
    }

    /// The wire shape, kept apart from the model so the model can change without
    /// breaking clients; windows as in `api/excused.json`.
    private struct Document: Encodable {
        struct Norm: Encodable {
            var key: String
            var name: String
        }

        struct Window: Encodable {
            var start: String
            var end: String
            var incidents: [String]
            var ongoing: Bool
        }

        var schema: String
        var asOf: String
        var timeZone: String
        var norm: Norm
        var period: String
        var start: String
        var end: String
        var excusedSeconds: Int
        var windows: [Window]
        var incidents: [String]

        enum CodingKeys: String, CodingKey {
            case schema = "$schema", asOf, timeZone, norm, period, start, end, excusedSeconds, windows, incidents
        }
    }
}
