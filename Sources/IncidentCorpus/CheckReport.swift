import Foundation
import IncidentModel
import OutputEncoding

/// The machine-readable result of `storingen check --format json`: what the model holds
/// for each incident, and every diagnostic.
public struct CheckReport: Encodable, Sendable {
    struct IncidentSummary: Encodable {
        var id: String
        var title: String
        var kind: String
        var impact: String
        var services: [String]
        var windows: [WindowSummary]
    }

    struct WindowSummary: Encodable {
        var start: String
        /// Nil (JSON `null`) while the window is ongoing.
        var end: String?

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(start, forKey: .start)
            try container.encode(end, forKey: .end)
        }

        enum CodingKeys: String, CodingKey { case start, end }
    }

    struct DiagnosticSummary: Encodable {
        var path: String
        var line: Int
        var column: Int
        var severity: String
        var message: String
    }

    var incidents: [IncidentSummary]
    var diagnostics: [DiagnosticSummary]

    /// `diagnostics`: every problem of the project (`site.yml` and theme included), by default the corpus's.
    public init(corpus: Corpus, diagnostics: [Diagnostic]? = nil, clock: WallClock = .amsterdam) {
        incidents = corpus.incidents.map { incident in
            IncidentSummary(
                id: incident.id.rawValue, title: incident.title, kind: incident.kind.rawValue,
                impact: incident.impact.rawValue, services: incident.services.map(\.rawValue),
                windows: incident.impactWindows.map { window in
                    WindowSummary(
                        start: RFC3339.string(from: window.start, in: clock),
                        end: window.end.map { RFC3339.string(from: $0, in: clock) })
                })
        }
        self.diagnostics = (diagnostics ?? corpus.diagnostics).map { diagnostic in
            DiagnosticSummary(
                path: diagnostic.location.path, line: diagnostic.location.line, column: diagnostic.location.column,
                severity: diagnostic.severity.rawValue, message: diagnostic.message)
        }
    }

    /// Pretty, key-sorted JSON: the same corpus always gives the same bytes.
    public func json() -> String {
        StableJSON.string(self)
    }
}
