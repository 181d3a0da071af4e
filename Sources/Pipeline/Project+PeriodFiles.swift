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
        guard let slot = snapshot.excusal.norms.firstIndex(where: { $0.norm.key == excusal.norm.key }) else { return [] }
        let causes = snapshot.periodCauses.windows[slot]
        return excusal.periods.indices.map { index in
            OutputFile(
                path: SiteRoutes.excusedPeriodJSON(excusal.norm.key, period: excusal.periods[index].period),
                text: ExcusalPeriodJSONRenderer.render(
                    excusal.periods[index], of: excusal, causes: causes[index], asOf: snapshot.asOf,
                    clock: snapshot.excusal.clock))
        }
    }
}
