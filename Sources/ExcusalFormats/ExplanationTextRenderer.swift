import Foundation
import IncidentModel
import ServiceNorms

/// `excused --explain` for people: the lines of `ExplanationWording` as plain text, each
/// window with its derivations indented under it.
public struct ExplanationTextRenderer {
    public let wording: ExplanationWording

    public init(language: Language = .nl, clock: WallClock = .amsterdam) {
        wording = ExplanationWording(language: language, clock: clock)
    }

    /// Why one moment is or is not excused.
    public func render(_ explanation: MomentExplanation) -> String {
        var lines = [wording.plain(wording.verdict(explanation))]
        if let window = explanation.window {
            lines += self.window(window, covering: Set(explanation.covering))
            lines.append(wording.plain(wording.covering(explanation.covering)))
        } else {
            if let before = explanation.before {
                lines.append(wording.plain(wording.previous(before)))
                lines += window(before, covering: [])
            } else {
                lines.append(wording.plain(wording.noEarlierWindow))
            }
            if let after = explanation.after {
                lines.append(wording.plain(wording.next(after)))
                lines += window(after, covering: [])
            } else {
                lines.append(wording.plain(wording.noLaterWindow))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Every window of a norm, explained, under a title with the moment described and the
    /// rule (`serviceNames`: the names of the services that excuse it).
    public func render(_ windows: [ExplainedWindow], norm: Norm, serviceNames: [String], moment: Moment) -> String {
        var lines = [wording.plain(wording.title(norm, moment: moment)), wording.plain(wording.rules(norm, serviceNames: serviceNames))]
        if windows.isEmpty { lines.append(wording.plain(wording.nothingExcused)) }
        for window in windows {
            lines.append("")
            lines += self.window(window, covering: [])
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A merged window's summary, then each derivation: its incident and file, a mark
    /// where it covers the moment asked about, and its steps indented.
    func window(_ explained: ExplainedWindow, covering: Set<IncidentID>) -> [String] {
        var lines = [wording.plain(wording.summary(explained))]
        for derivation in explained.derivations {
            let mark = covering.contains(derivation.incident) ? (wording.language == .nl ? "  ← dekt dit moment" : "  ← covers this moment") : ""
            lines.append("- \(derivation.incident.rawValue) (\(derivation.path))\(mark)")
            lines += wording.steps(derivation).map { "  " + wording.plain($0) }
        }
        return lines
    }
}
