import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import IncidentModel
import IncidentParsing

/// A corpus kept in memory between rebuilds (`storingen serve`): a refresh re-reads the
/// folder's listing and re-parses only the files whose size or modification time
/// changed, so editing one incident costs one parse, not ten thousand.
public struct IncrementalCorpus: Sendable {
    /// What identifies a version of a file without reading it.
    struct Signature: Equatable, Sendable {
        var size: Int
        var modifiedSeconds: Int
        var modifiedNanoseconds: Int
    }

    private var entries: [String: (signature: Signature, result: ParsedIncident)] = [:]
    private var parser: IncidentParser
    public private(set) var corpus = Corpus(incidents: [], diagnostics: [], fileCount: 0)
    /// The files parsed by the last refresh (new or changed), for tests and logging.
    public private(set) var reparsed: [String] = []

    public init(context: ParsingContext = ParsingContext()) {
        self.parser = IncidentParser(context: context)
    }

    /// Changing the context (a new catalogue from `site.yml`) re-parses everything next time.
    public mutating func setContext(_ context: ParsingContext) {
        parser = IncidentParser(context: context)
        entries.removeAll()
    }

    /// Brings the corpus up to date with the folder; returns whether anything changed.
    @discardableResult
    public mutating func refresh(directory: String) -> Bool {
        let paths: [String]
        switch IncidentFiles.list(in: directory) {
        case .failure(let diagnostic):
            let changed = corpus.diagnostics != [diagnostic]
            entries.removeAll()
            reparsed = []
            corpus = Corpus(incidents: [], diagnostics: [diagnostic], fileCount: 0)
            return changed
        case .success(let listed):
            paths = listed
        }
        reparsed = []
        // Entries are updated in place: a refresh that finds one changed file touches one entry.
        for path in paths {
            let signature = Self.signature(of: path)
            if let signature, entries[path]?.signature == signature { continue }
            reparsed.append(path)
            let bytes = FileManager.default.contents(atPath: path).map(Array.init)
            let result = bytes.map { parser.parse($0, path: path) } ?? ParsedIncident(
                incident: nil, diagnostics: [.error(at: SourceLocation(path: path, line: 1, column: 1), "cannot read this file")])
            entries[path] = (signature ?? Signature(size: -1, modifiedSeconds: 0, modifiedNanoseconds: 0), result)
        }
        var removed = false
        if entries.count != paths.count {
            let listed = Set(paths)
            entries = entries.filter { listed.contains($0.key) }
            removed = true
        }
        guard !reparsed.isEmpty || removed || corpus.fileCount != paths.count else { return false }
        corpus = CorpusLoader.assemble(paths.map { entries[$0]!.result })
        return true
    }

    /// One `stat` per file: serve polls every file several times a second, and
    /// Foundation's attribute dictionary cost half a second per poll at 10,000 files.
    private static func signature(of path: String) -> Signature? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        #if canImport(Darwin)
        let modified = status.st_mtimespec
        #else
        let modified = status.st_mtim
        #endif
        return Signature(size: Int(status.st_size), modifiedSeconds: modified.tv_sec, modifiedNanoseconds: modified.tv_nsec)
    }
}
