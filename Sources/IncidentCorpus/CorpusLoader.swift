import Foundation
import IncidentModel
import IncidentParsing
import ParallelWork

/// Reads and parses every file of an incidents folder, in parallel, and adds the checks
/// that span files (two files with one id). One bad file never hides another's errors.
public struct CorpusLoader: Sendable {
    public let parser: IncidentParser

    public init(context: ParsingContext = ParsingContext()) {
        self.parser = IncidentParser(context: context)
    }

    /// Loads the folder; a missing folder or unreadable file becomes a diagnostic.
    public func load(directory: String) -> Corpus {
        switch IncidentFiles.list(in: directory) {
        case .failure(let diagnostic):
            return Corpus(incidents: [], diagnostics: [diagnostic], fileCount: 0)
        case .success(let paths):
            return load(paths: paths)
        }
    }

    /// Parses the given files on every core, keeping their order in the result. Runs of
    /// consecutive files go to each core: a task per file, gathered by a task group, cost
    /// 12% of `check` at 10,000 incidents.
    public func load(paths: [String]) -> Corpus {
        let parser = self.parser
        let results = ConcurrentMap.map(paths.count, concurrently: true) { Self.parse(path: paths[$0], with: parser) }
        return Self.assemble(results)
    }

    /// The corpus of per-file results in file order, with the checks that span files.
    /// Each incident is moved out of `results`, not copied: copying 10,000 incidents field by
    /// field and then freeing the originals kept one core busy at the end of every load.
    static func assemble(_ results: consuming [ParsedIncident]) -> Corpus {
        let fileCount = results.count
        var incidents: [Incident] = []
        incidents.reserveCapacity(fileCount)
        var diagnostics: [Diagnostic] = []
        for index in results.indices {
            diagnostics += results[index].diagnostics
            if let incident = results[index].incident.take() { incidents.append(incident) }
        }
        let duplicates = Self.duplicateIDs(in: incidents)
        diagnostics += duplicates
        if !duplicates.isEmpty {
            let duplicated = Set(duplicates.map(\.location.path))
            incidents.removeAll { duplicated.contains($0.path) }
        }
        return Corpus(incidents: incidents, diagnostics: diagnostics.sorted(), fileCount: fileCount)
    }

    private static func parse(path: String, with parser: IncidentParser) -> ParsedIncident {
        guard let data = FileManager.default.contents(atPath: path) else {
            return ParsedIncident(
                incident: nil,
                diagnostics: [.error(at: SourceLocation(path: path, line: 1, column: 1), "cannot read this file")])
        }
        return parser.parse(Array(data), path: path)
    }

    /// Ids must be unique: the second and later files with an id are errors naming the first.
    private static func duplicateIDs(in incidents: [Incident]) -> [Diagnostic] {
        var firstPath: [IncidentID: String] = [:]
        firstPath.reserveCapacity(incidents.count)
        var diagnostics: [Diagnostic] = []
        // By position: each `for incident in` copy of an incident retains all its fields,
        // and `serve` runs this over every incident at every save.
        for position in incidents.indices {
            let id = incidents[position].id
            if let earlier = firstPath[id] {
                diagnostics.append(.error(
                    at: SourceLocation(path: incidents[position].path, line: 1, column: 1),
                    "incident id `\(id)` is already used by \(earlier); give one of them another `slug:` or file name"))
            } else {
                firstPath[id] = incidents[position].path
            }
        }
        return diagnostics
    }
}
