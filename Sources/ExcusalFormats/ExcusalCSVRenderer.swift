import Foundation
import IncidentModel
import ServiceNorms

/// Renders a report as CSV (`excused --format csv`), one row per excused window, for
/// spreadsheets and shell scripts.
public enum ExcusalCSVRenderer {
    /// The header every CSV output starts with.
    public static let header = ["norm", "start", "end", "incidents", "ongoing"]

    /// `norm,start,end,incidents,ongoing`, then one row per window in report order; times
    /// in RFC 3339 with the Amsterdam offset, incidents joined by `;`.
    ///
    /// Fields are quoted as RFC 4180 asks; lines end in LF rather than RFC 4180's CRLF,
    /// because the output mostly goes through `grep`, `cut` and `awk`, which would keep
    /// the CR in the last field.
    public static func render(_ report: ExcusalReport) -> String {
        var lines = [header.map(field).joined(separator: ",")]
        for excusal in report.norms {
            for window in excusal.windows {
                let row = [
                    excusal.norm.key.rawValue,
                    RFC3339.string(from: window.range.start, in: report.clock),
                    RFC3339.string(from: window.range.end, in: report.clock),
                    window.incidents.map(\.rawValue).joined(separator: ";"),
                    window.ongoing ? "true" : "false",
                ]
                lines.append(row.map(field).joined(separator: ","))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A field as RFC 4180 writes it: quoted, with quotes doubled, only when it holds a
    /// comma, a quote or a line break.
    public static func field(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else {
            return value
        }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
