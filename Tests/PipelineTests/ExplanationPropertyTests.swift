import Foundation
import IncidentModel
import Pipeline
import PropertyBased
import ServiceNorms
import SiteConfig
import Testing

/// What `excused --explain --at` says agrees with `excused --at` and `--format json`, at
/// random moments over a generated corpus: the same verdict (and so exit code), the same
/// window, the same covering incidents; the derivations it spells out are those covering
/// the moment, and the whole-norm explanation's derivations cover each window exactly.
struct ExplanationPropertyTests {
    static let corpus = try! TimeTravelCorpus.generated(count: 220, seed: 26)
    static let moment = Moment(WallClock.amsterdam.instant(LocalDateTime(year: 2026, month: 1, day: 1, hour: 0)))
    static let project = Project(
        settings: ProjectSettings(configuration: SiteConfiguration(), theme: .builtIn, diagnostics: []),
        corpus: .init(incidents: corpus.files.map(\.incident), diagnostics: [], fileCount: corpus.files.count),
        moment: moment, diagnostics: [])
    static let report = project.excusalReport()

    /// Minutes from 2019 to 2026, where the generated incidents lie.
    static let instants = Gen.int(in: 0...(8 * 365 * 1_440)).map { Date(timeIntervalSince1970: 1_546_300_800 + Double($0) * 60) }
    static let norms = Gen.int(in: 0...(Catalogue.standard.norms.count - 1))

    @Test("a report of some norms (--norm) holds those norms of the whole report, in catalogue order", arguments: [
        ["track-and-trace", "on-time-delivery"], ["phone-reachability"], ["cancellations"], [], Catalogue.standard.normKeys.map(\.rawValue),
    ])
    func reportOfSomeNorms(keys: [String]) {
        let keys = Set(keys.map { NormKey($0) })
        let some = Self.project.excusalReport(of: keys)
        #expect(some.norms == Self.report.norms.filter { keys.contains($0.norm.key) })
        #expect(some.norms.map(\.norm.key) == Catalogue.standard.normKeys.filter(keys.contains))
        #expect(keys.isEmpty || some.norms.contains { !$0.windows.isEmpty }, "windows were compared")
        #expect(some.moment == Self.report.moment && some.clock == Self.report.clock)
    }

    @Test("the explanation of a moment agrees with --at and the JSON's windows")
    func explanationAgreesWithTheAnswer() async {
        await propertyCheck(count: 200, input: Self.instants, Self.norms) { instant, slot in
            let norm = Catalogue.standard.norms[slot]
            let explanation = try #require(Self.project.explanation(of: norm.key, at: instant, in: Self.report))
            let answer = Self.report.excusal(at: instant, norm: norm.key)
            #expect(explanation.isExcused == (answer != nil), "the exit code of --explain --at is that of --at")
            let listed = Self.report.excusal(of: norm.key)?.windows.first { $0.range.contains(instant) }
            #expect(explanation.window?.window == listed, "the explained window is the one --format json lists")
            #expect(explanation.covering == answer?.incidents ?? [])
            // An office-hours derivation has a piece per day, each in a window of its own.
            func pieces(_ explained: ExplainedWindow) -> [TimeRange] {
                let range = explained.window.range
                return explained.derivations.flatMap(\.excused).filter { !$0.isEmpty && range.start <= $0.start && $0.end <= range.end }
            }
            // What is spelled out is what covers the moment (bounded, however long the
            // merged window), and on either side what decides where the window ends or starts.
            if let window = explanation.window {
                #expect(Set(window.derivations.map(\.incident)) == Set(explanation.covering))
                #expect(window.derivations.allSatisfy { derivation in derivation.excused.contains { $0.contains(instant) } })
            }
            if let before = explanation.before {
                #expect(!before.derivations.isEmpty && pieces(before).map(\.end).max() == before.window.range.end)
            }
            if let after = explanation.after {
                #expect(!after.derivations.isEmpty && pieces(after).map(\.start).min() == after.window.range.start)
            }
        }
    }

    @Test("every window of the whole-norm explanation is covered exactly by its derivations")
    func windowsAreCoveredByTheirDerivations() throws {
        for norm in Catalogue.standard.norms {
            for explained in try #require(Self.project.explainedWindows(of: norm.key, in: Self.report)) {
                let range = explained.window.range
                let pieces = explained.derivations.flatMap(\.excused).filter { !$0.isEmpty && range.start <= $0.start && $0.end <= range.end }
                #expect(pieces.map(\.start).min() == range.start)
                #expect(pieces.map(\.end).max() == range.end)
                #expect(Set(explained.derivations.map(\.incident)) == Set(explained.window.incidents))
            }
        }
    }
}
