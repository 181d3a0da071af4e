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
    static func periodFiles(of snapshot: SiteSnapshot) -> OutputPlan {
        let report = snapshot.excusal
        let periods = report.norms.indices.flatMap { slot in report.norms[slot].periods.indices.map { (slot, $0) } }
        return OutputPlan(count: periods.count) { number in
            let (slot, index) = periods[number]
            let excusal = report.norms[slot]
            return OutputFile(
                path: SiteRoutes.excusedPeriodJSON(excusal.norm.key, period: excusal.periods[index].period),
                text: ExcusalPeriodJSONRenderer.render(
                    excusal.periods[index], of: excusal, causes: snapshot.periodCauses.windows[slot][index],
                    asOf: snapshot.asOf, clock: report.clock))
        }
    }
}
