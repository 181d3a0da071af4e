import ExcusalFormats
import Foundation
import IncidentModel
import ServiceNorms
import SiteContent
import SiteFeeds
import SitePages

extension Project {
    /// The render stage: every file of the site, in memory and sorted by path, plus any
    /// template diagnostics. Nothing touches the disk here.
    public func renderSite(asOf: Date, themeDirectory: URL?) -> (files: [OutputFile], diagnostics: [Diagnostic]) {
        let snapshot = SiteSnapshot(configuration: configuration, incidents: incidents, asOf: asOf)
        let pages = SitePages.render(snapshot, themeDirectory: themeDirectory)
        let files = pages.files + SiteFeeds.render(snapshot) + Self.excusalFiles(snapshot.excusal)
        return (files.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }, pages.diagnostics)
    }

    /// `api/excused.json` and one `excused/<norm>.ics` per norm of the catalogue.
    static func excusalFiles(_ report: ExcusalReport) -> [OutputFile] {
        var files = [OutputFile(path: SiteRoutes.excusedJSON, text: ExcusalJSONRenderer.render(report))]
        for excusal in report.norms {
            files.append(OutputFile(
                path: SiteRoutes.calendar(excusal.norm.key),
                text: ExcusalICalendarRenderer.calendar(for: excusal, asOf: report.asOf, clock: report.clock)))
        }
        return files
    }
}
