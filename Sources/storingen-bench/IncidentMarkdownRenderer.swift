/// Writes a synthetic incident as an incident file in the format of docs/authoring.md
/// (a port of `gen_corpus.py`'s `render_ours`).
enum IncidentMarkdownRenderer {
    static func markdown(of incident: SyntheticIncident) -> String {
        var lines = ["---", "title: \(incident.title)", "services: [\(incident.services.joined(separator: ", "))]",
                     "impact: \(incident.impact)"]
        if incident.writesOpened {
            lines.append("opened: \(TimestampStyle.frontMatter(incident.updates[0].time))")
        }
        if incident.isMaintenance, let scheduled = incident.scheduled {
            lines.append("kind: maintenance")
            lines.append("scheduled: \(TimestampStyle.frontMatter(scheduled.start)) .. "
                + TimestampStyle.frontMatter(scheduled.end))
        }
        lines += ["---", ""]
        if let summary = incident.summary {
            lines += [summary, ""]
        }
        let updates = incident.newestFirst ? incident.updates.reversed() : incident.updates
        for update in updates {
            lines += [heading(of: update, in: incident), "", update.paragraphs.joined(separator: "\n\n"), ""]
        }
        return lines.joined(separator: "\n")
    }

    /// `## <time> <separator> <status word>`, or only the time for a plain update.
    static func heading(of update: SyntheticUpdate, in incident: SyntheticIncident) -> String {
        let style = update.style.hasYear || incident.writesOpened ? update.style : incident.fallbackStyle
        let stamp = style.format(update.time)
        let word = update.lowercaseWord ? update.word.lowercased() : update.word
        guard !word.isEmpty else { return "## \(stamp)" }
        // A colon right after a bare clock time would read as part of the time.
        let separator = update.separator != ":" || stamp.hasSuffix("uur") ? update.separator : "—"
        return "## \(stamp) \(separator) \(word)"
    }
}
