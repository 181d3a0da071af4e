import ExcusalFormats
import Foundation
import IncidentModel
import OutputEncoding
import ServiceNorms
import SiteContent

extension Project {
    /// `api/excused/<norm>/<period>.json`: one file per period in which the norm has
    /// excused time, so a seller can cite the week or month their score was corrected in,
    /// naming the incidents whose own excused time falls in that period. With
    /// `.placeholders` each states its moment (`asOf`) as one (`periodFileStamps(_:)`):
    /// 2,000 periods would otherwise be made and written again at every minute.
    static func periodFiles(
        of snapshot: SiteSnapshot, cache: OutputCache? = nil, buildTime: BuildTimeStamps.Form = .written
    ) -> OutputPlan {
        let asOf = buildTime == .placeholders ? BuildTimeStamps.placeholder(asOfPlaceholder) : nil
        let report = snapshot.excusal
        let periods = report.norms.indices.flatMap { slot in report.norms[slot].periods.indices.map { (slot, $0) } }
        return OutputPlan(count: periods.count) { number in
            let (slot, index) = periods[number]
            let excusal = report.norms[slot]
            let period = excusal.periods[index]
            let path = SiteRoutes.excusedPeriodJSON(excusal.norm.key, period: period.period)
            let inputs = PeriodInputs(
                period: period, windows: Array(excusal.windows(overlapping: TimeRange(start: period.start, end: period.end))),
                causes: snapshot.periodCauses.windows[slot][index], moment: asOf == nil ? snapshot.moment : nil)
            let make = {
                Data(ExcusalPeriodJSONRenderer.render(
                    period, of: excusal.norm, windows: inputs.listed, at: snapshot.moment,
                    schema: JSONSchema.excusedPeriod.url(baseURL: snapshot.configuration.baseURL), clock: report.clock,
                    asOf: asOf).utf8)
            }
            guard let cache else { return OutputFile(path: path, mediaType: ExcusalFormat.json.mediaType, contents: make()) }
            return cache.file(path, ExcusalFormat.json.mediaType, inputs: inputs, make: make)
        }
    }

    private static let asOfPlaceholder = "period.asOf"

    /// What replaces the placeholder of period files planned with `.placeholders`.
    static func periodFileStamps(_ snapshot: SiteSnapshot) -> BuildTimeStamps {
        BuildTimeStamps([asOfPlaceholder: RFC3339.string(from: snapshot.moment.instant, in: snapshot.excusal.clock)])
    }
}

/// A period's file is made of the period, the norm's windows in it, the incidents'
/// own windows behind them, and the moment it states (nil: a placeholder). Kept as given,
/// since every save gathers them for thousands of periods; when they differ, what counts
/// is the windows the file lists, clipped to the period: a period that has ended is the
/// same file however long a window through it runs on.
struct PeriodInputs: Equatable, Sendable {
    var period: PeriodExcusal
    var windows: [ExcusedWindow]
    var causes: [ExcusedWindow]
    var moment: Moment?

    /// The windows the file lists (`ExcusalPeriodJSONRenderer.windows`).
    var listed: [ExcusedWindow] {
        ExcusalPeriodJSONRenderer.windows(period, overlapping: windows, causes: causes)
    }

    static func == (lhs: PeriodInputs, rhs: PeriodInputs) -> Bool {
        guard lhs.period == rhs.period, lhs.moment == rhs.moment else { return false }
        return (lhs.windows == rhs.windows && lhs.causes == rhs.causes) || lhs.listed == rhs.listed
    }
}
