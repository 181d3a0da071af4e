import Foundation
import IncidentModel

/// A plain-text dump of parsed incidents with source positions, so parser tests compare
/// readable text (and golden files show every field a change touches).
public enum ModelDump {
    public static func dump(_ incident: Incident, clock: WallClock = .amsterdam) -> String {
        func time(_ date: Date?) -> String { date.map { RFC3339.string(from: $0, in: clock) } ?? "-" }
        var lines = [
            "incident \(incident.id) (\(incident.path))",
            "  title: \(incident.title)",
            "  kind: \(incident.kind.rawValue), impact: \(incident.impact.rawValue), lang: \(incident.language.rawValue), order: \(incident.order.rawValue)",
            "  services: \(incident.services.map(\.rawValue).joined(separator: ", "))",
            "  norms: \(incident.normsOverride.map { "[" + $0.map(\.rawValue).joined(separator: ", ") + "]" } ?? "derived")",
            "  opened: \(time(incident.opened)), began: \(time(incident.began))",
            "  scheduled: \(incident.scheduled.map { time($0.start) + " .. " + time($0.end) } ?? "-")",
            "  summary: \(escape(incident.summary))",
        ]
        for update in incident.updates {
            lines.append("  update \(update.location.line):\(update.location.column) \(time(update.instant)) \(update.status.rawValue): \(escape(update.body))")
        }
        for window in incident.impactWindows {
            lines.append("  window \(time(window.start)) .. \(window.end.map { time($0) } ?? "ongoing")")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func escape(_ text: String) -> String {
        let flat = text.replacingOccurrences(of: "\n", with: "⏎")
        return flat.count > 70 ? String(flat.prefix(70)) + "…" : flat
    }
}
