import ExcusalFormats
import ServiceNorms
import SiteContent

extension Project {
    /// `api/excused/<norm>/<period>.json`: one file per period in which the norm has
    /// excused time, so a seller can cite the week or month their score was corrected in.
    static func periodFiles(_ excusal: NormExcusal, in report: ExcusalReport) -> [OutputFile] {
        excusal.periods.map { period in
            OutputFile(
                path: SiteRoutes.excusedPeriodJSON(excusal.norm.key, period: period.period),
                text: ExcusalPeriodJSONRenderer.render(period, of: excusal, asOf: report.asOf, clock: report.clock))
        }
    }
}
