import Foundation
import IncidentModel

/// What an operator gives `storingen new`: enough to write a valid first version of an
/// incident file.
public struct IncidentDraft: Sendable {
    public var title: String
    public var services: [String]
    public var impact: Impact
    public var kind: IncidentKind
    /// The first update's status; nil means Onderzoek for an incident, Gepland for maintenance.
    public var status: UpdateStatus?
    /// `START .. END` for maintenance, as written in front matter.
    public var scheduled: String?
    public var message: String
    /// When the first update is stamped (and the incident opened).
    public var at: Date
    public var language: Language

    public init(
        title: String, services: [String], impact: Impact = .major, kind: IncidentKind = .incident,
        status: UpdateStatus? = nil, scheduled: String? = nil, message: String = "", at: Date, language: Language = .nl
    ) {
        self.title = title
        self.services = services
        self.impact = impact
        self.kind = kind
        self.status = status
        self.scheduled = scheduled
        self.message = message
        self.at = at
        self.language = language
    }

    /// The first update's status after defaults.
    public var firstStatus: UpdateStatus {
        status ?? (kind == .maintenance ? .scheduled : .investigating)
    }

    /// The whole file: front matter, then the first update.
    func text(writer: HeadingWriter) -> String {
        var lines = [
            "---",
            "title: \(Self.quoted(title))",
            "services: [\(services.joined(separator: ", "))]",
            "impact: \(impact.rawValue)",
            "opened: \(writer.timestamp(at))",
        ]
        if kind == .maintenance { lines.append("kind: maintenance") }
        if let scheduled { lines.append("scheduled: \(scheduled)") }
        if language != .nl { lines.append("lang: \(language.rawValue)") }
        lines += ["---", "", writer.heading(at: at, status: firstStatus, language: language), ""]
        let body = message.trimmingCharacters(in: .whitespacesAndNewlines)
        if !body.isEmpty { lines += [body, ""] }
        return lines.joined(separator: "\n")
    }

    /// A YAML double-quoted scalar, so any title (colons, quotes, `#`) stays one string.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 { result += String(format: "\\x%02X", scalar.value) } else { result.unicodeScalars.append(scalar) }
            }
        }
        return result + "\""
    }
}
