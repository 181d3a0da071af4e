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
        let all = report.norms.indices.flatMap { slot in report.norms[slot].periods.indices.map { (slot, $0) } }
        // With a cache, the files of periods whose version did not change are not visited.
        let stated = asOf == nil ? snapshot.moment : nil
        let periods = cache.map { cache in
            cache.carry(
                periodFilesGroup, items: all.map { snapshot.periodVersions[$0.0][$0.1] as any AnyObject & Sendable },
                token: AnyHashable(stated)
            ).map { all[$0] }
        } ?? all
        return OutputPlan(count: periods.count) { number in
            let (slot, index) = periods[number]
            let excusal = report.norms[slot]
            let period = excusal.periods[index]
            let path = SiteRoutes.excusedPeriodJSON(excusal.norm.key, period: period.period)
            let inputs = PeriodInputs(
                period: period, windows: Array(excusal.windows(overlapping: TimeRange(start: period.start, end: period.end))),
                causes: snapshot.periodCauses.windows[slot][index], moment: stated)
            let make = {
                Data(ExcusalPeriodJSONRenderer.document(
                    period, of: excusal.norm, windows: inputs.listed, at: snapshot.moment,
                    schema: JSONSchema.excusedPeriod.url(baseURL: snapshot.configuration.baseURL), clock: report.clock,
                    asOf: asOf))
            }
            guard let cache else { return OutputFile(path: path, mediaType: ExcusalFormat.json.mediaType, contents: make()) }
            return cache.file(
                path, ExcusalFormat.json.mediaType, inputs: inputs,
                member: OutputCache.Member(group: periodFilesGroup, item: snapshot.periodVersions[slot][index]), make: make)
        }
    }

    /// The cache's name for the group of period files.
    private static let periodFilesGroup = "period files"

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

    /// Same period and moment, and the same windows, or else the same `listed`: which is
    /// made of the windows' times and `ongoing` and the causes' times and incidents, all
    /// cut to the period. Those are compared as they are cut, without working out `listed`
    /// (which names each window's incidents): at every minute a window running for years
    /// differs in hundreds of periods, and working it out twice for each was a tenth of a
    /// save.
    static func == (lhs: PeriodInputs, rhs: PeriodInputs) -> Bool {
        guard lhs.period == rhs.period, lhs.moment == rhs.moment else { return false }
        if lhs.windows == rhs.windows && lhs.causes == rhs.causes { return true }
        let bounds = TimeRange(start: lhs.period.start, end: lhs.period.end)
        return sameCut(lhs.windows, rhs.windows, to: bounds) { $0.range == $1.range && $0.ongoing == $1.ongoing }
            && sameCut(lhs.causes, rhs.causes, to: bounds) { $0.range == $1.range && $0.incidents == $1.incidents }
    }

    private static func sameCut(
        _ lhs: [ExcusedWindow], _ rhs: [ExcusedWindow], to bounds: TimeRange,
        by same: (ExcusedWindow, ExcusedWindow) -> Bool
    ) -> Bool {
        lhs.lazy.compactMap { $0.clipped(to: bounds) }.elementsEqual(rhs.lazy.compactMap { $0.clipped(to: bounds) }, by: same)
    }
}
