import ExcusalFormats
import Foundation
import IncidentModel
import OutputEncoding
import ServiceNorms
import SiteContent

extension Project {
    /// `api/excused/<norm>/<period>.json`: one file per period in which the norm has
    /// excused time, so a seller can cite the week or month their score was corrected in,
    /// naming the incidents whose own excused time falls in that period.
    static func periodFiles(_ excusal: NormExcusal, in snapshot: SiteSnapshot) -> [OutputFile] {
        let periods = excusal.periods
        // Each incident's own windows for this norm, put with the periods they touch.
        var causes = [[ExcusedWindow]](repeating: [], count: periods.count)
        for incident in snapshot.incidents {
            guard let own = snapshot.excusals(of: incident).first(where: { $0.norm.key == excusal.norm.key }) else { continue }
            for window in own.windows {
                var index = firstPeriod(endingAfter: window.range.start, in: periods)
                while index < periods.count, periods[index].start < window.range.end {
                    causes[index].append(window)
                    index += 1
                }
            }
        }
        return periods.indices.map { index in
            OutputFile(
                path: SiteRoutes.excusedPeriodJSON(excusal.norm.key, period: periods[index].period),
                text: ExcusalPeriodJSONRenderer.render(
                    periods[index], of: excusal, causes: causes[index], asOf: snapshot.asOf,
                    clock: snapshot.excusal.clock))
        }
    }

    /// The first of the sorted, disjoint periods that ends after `instant` (binary search).
    private static func firstPeriod(endingAfter instant: Date, in periods: [PeriodExcusal]) -> Int {
        var low = 0
        var high = periods.count
        while low < high {
            let middle = (low + high) / 2
            if periods[middle].end <= instant { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
