import ExcusalFormats
import Foundation
import IncidentCorpus
import IncidentModel
import IncidentParsing
import OutputEncoding
import Pipeline
import SiteConfig
import SitePages
import Testing
import TestSupport

/// Time travel is exact (docs/authoring.md, Updates written ahead): the project at a moment
/// T equals the project whose
/// files are cut to their updates dated at or before T (files left without any removed).
/// Checked for every update instant u, u − 1 s and u + 1 s of the example incidents and
/// of 220 generated ones (reopened, maintenance run twice, DST changes).
///
/// A file's view at T (`Moment.known`) and its cut copy both depend only on which of its
/// own updates lie at or before T, so comparing each file at its own instants compares it
/// at every instant of the corpus. What the site and `excused` make of the incidents is
/// then the same by construction; the excused JSON and the whole site, rendered from each
/// side, are compared as bytes at a spread of the instants (every one would take a debug
/// build many minutes).
struct TimeTravelTests {
    static let settings: ProjectSettings = {
        let (configuration, _) = SiteConfigurationParser.load(siteDirectory: Fixtures.repositoryRoot().appendingPathComponent("site").path)
        return ProjectSettings(configuration: configuration, theme: .builtIn, diagnostics: [])
    }()

    static var parser: IncidentParser { IncidentParser(context: ProjectLoader.context(settings)) }

    /// An incident without what differs between a file and its cut copy but shows in no
    /// output: where each update's heading is (later sections removed from a newest-first
    /// file move them), and the direction of a file left with one update (which reads as
    /// newest-first).
    static func located(_ incidents: [Incident]) -> [Incident] {
        incidents.map { incident in
            var bare = incident
            if incident.updates.count < 2 { bare.order = .newestFirst }
            bare.updates = incident.updates.map { update in
                var moved = update
                moved.location = SourceLocation(path: update.location.path, line: 0, column: 0)
                return moved
            }
            return bare
        }
    }

    func project(_ incidents: [Incident], at moment: Moment) -> Project {
        Project(settings: Self.settings, corpus: Corpus(incidents: incidents, diagnostics: [], fileCount: incidents.count),
                moment: moment, diagnostics: [])
    }

    func site(_ project: Project) -> [String: Data] {
        Dictionary(uniqueKeysWithValues: project.renderSite().files().map { ($0.path, $0.contents) })
    }

    /// Every file at each of its own update instants, a second before and after; then
    /// the excused JSON at `jsonSamples` and the site at `siteSamples` of all instants.
    func checkEveryInstant(of corpus: TimeTravelCorpus, jsonSamples: Int, siteSamples: Int) throws {
        for file in corpus.files {
            let instants = Set(file.incident.updates.flatMap { [$0.instant.addingTimeInterval(-1), $0.instant, $0.instant.addingTimeInterval(1)] })
            for instant in instants.sorted() {
                let known = Moment(instant).known(file.incident)
                let cut = file.cut(at: instant).map { Self.parser.parse($0, path: file.path) }
                #expect(cut?.diagnostics.containsErrors != true, "\(file.path) cut at \(RFC3339.string(from: instant))")
                #expect(Self.located(known.map { [$0] } ?? []) == Self.located(cut?.incident.map { [$0] } ?? []),
                        "\(file.path) at \(RFC3339.string(from: instant))")
            }
        }
        let full = corpus.files.map(\.incident)
        let instants = corpus.instants
        for (index, instant) in instants.enumerated() where index % max(1, instants.count / jsonSamples) == 0 {
            let moment = Moment(instant)
            let cut = try corpus.cut(at: moment).map { path, text in
                try #require(Self.parser.parse(text, path: path).incident)
            }
            let fullProject = project(full, at: moment), cutProject = project(cut, at: moment)
            #expect(ExcusalJSONRenderer.render(fullProject.excusalReport(), schema: "") == ExcusalJSONRenderer.render(cutProject.excusalReport(), schema: ""),
                    "excused JSON at \(RFC3339.string(from: instant))")
            guard index % max(1, instants.count / siteSamples) == 0 else { continue }
            let fullSite = site(fullProject), cutSite = site(cutProject)
            #expect(fullSite.keys.sorted() == cutSite.keys.sorted(), "the files at \(RFC3339.string(from: instant))")
            let differing = fullSite.keys.filter { fullSite[$0] != cutSite[$0] }.sorted()
            #expect(differing.isEmpty, "at \(RFC3339.string(from: instant)) these differ: \(differing.prefix(5))")
        }
    }

    @Test func theExampleIncidentsAtEveryUpdateEqualTheirCutFiles() throws {
        let corpus = try TimeTravelCorpus.folder(Fixtures.repositoryRoot().appendingPathComponent("incidents"), parser: Self.parser)
        #expect(corpus.instants.count > 100)
        try checkEveryInstant(of: corpus, jsonSamples: 60, siteSamples: 20)
    }

    @Test func aGeneratedCorpusAtEveryUpdateEqualsItsCutFiles() throws {
        let corpus = try TimeTravelCorpus.generated(count: 220, seed: 22, parser: Self.parser)
        #expect(corpus.files.count == 220)
        #expect(corpus.files.contains { $0.incident.impactWindows.count > 1 && $0.incident.kind == .incident }, "a reopened incident")
        #expect(corpus.files.contains { $0.incident.impactWindows.count == 2 && $0.incident.kind == .maintenance }, "maintenance run twice")
        try checkEveryInstant(of: corpus, jsonSamples: 40, siteSamples: 6)
    }
}
