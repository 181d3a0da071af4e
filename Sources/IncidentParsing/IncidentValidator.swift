import Foundation
import IncidentModel
import SourceYAML

/// The checks that need the whole incident: ranges that end before they start,
/// maintenance without a range, and front matter that contradicts the timeline.
struct IncidentValidator {
    let incident: Incident
    let frontMatter: FrontMatter
    let source: SourceText
    /// Update headings in the file, including those whose time could not be read; nil
    /// when the body could not be read at all.
    let headingCount: Int?

    func validate(into diagnostics: inout [Diagnostic]) {
        let fileStart = source.location(line: 1)
        let updates = incident.chronologicalUpdates
        switch incident.kind {
        case .maintenance:
            if incident.scheduled == nil, frontMatter.scheduled == nil, !updates.contains(where: { $0.status == .inProgress }) {
                diagnostics.append(.error(
                    at: frontMatter.kind?.location ?? fileStart,
                    "maintenance needs a range: add `scheduled: START .. END` to the front matter or an update with status Bezig"))
            }
            if let begin = updates.first(where: { $0.status == .inProgress }),
               let completed = updates.first(where: { $0.status == .completed }), completed.instant < begin.instant {
                diagnostics.append(.error(at: completed.location, "the maintenance is completed at \(local(completed.instant)), before it started (Bezig) at \(local(begin.instant))"))
            }
        case .incident:
            if let scheduled = frontMatter.scheduled {
                diagnostics.append(.error(at: scheduled.location, "`scheduled` is for maintenance; add `kind: maintenance` or remove it"))
            }
            if let start = incident.began ?? incident.opened {
                let key = incident.began != nil ? "began" : "opened"
                for update in updates where update.status == .resolved && update.instant < start {
                    diagnostics.append(.error(at: update.location, "resolved at \(local(update.instant)), before the incident started at \(local(start)) (`\(key):`)"))
                }
            }
            if headingCount == 0 {
                diagnostics.append(.warning(at: fileStart, "incident has no updates; add one such as `## 13-12 12:23 uur — Onderzoek`"))
            }
        }
        if let opened = incident.opened, let first = updates.first, first.instant < opened, let location = frontMatter.opened?.location {
            diagnostics.append(.warning(at: location, "`opened:` is later than the first update (\(local(first.instant)))"))
        }
        if let began = incident.began, let location = frontMatter.began?.location {
            if let opened = incident.opened, opened < began {
                diagnostics.append(.warning(at: location, "`began:` is later than `opened:`; the impact window starts at `began:`"))
            } else if let first = updates.first, first.instant < began {
                diagnostics.append(.warning(at: location, "`began:` is later than the first update (\(local(first.instant))); the impact window starts at `began:`"))
            }
        }
    }

    private func local(_ instant: Date) -> String {
        WallClock.amsterdam.localDateTime(at: instant).description
    }
}
