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
    /// A file's last parse with the signature of the version parsed. Shared by reference,
    /// so that comparing 10,000 signatures in a scan copies no incident.
    private final class Entry: Sendable {
        let signature: FileSignature
        let result: ParsedIncident

        init(signature: FileSignature, result: ParsedIncident) {
            self.signature = signature
            self.result = result
        }
    }

    private var entries: [String: Entry] = [:]
    /// The listed files in the listing's order, so that a refresh of named files can
    /// assemble the corpus without listing the folder.
    private var listed: [String] = []
    /// Whether the last listing found no folder: the corpus is then that error alone, and
    /// the next listing that finds the folder replaces it, even with no file in it.
    private var folderMissing = false
    private var parser: IncidentParser
    public private(set) var corpus = Corpus(incidents: [], diagnostics: [], fileCount: 0)
    /// Where each file's incident stands in `corpus.incidents`, worked out when first
    /// needed after the corpus was assembled (nil until then): a save that keeps its
    /// incident's id replaces the incident there, rather than assembling 10,000 again.
    private var positions: [String: Int]?
    /// The files parsed by the last refresh (new or changed), for tests and logging.
    public private(set) var reparsed: [String] = []

    public init(context: ParsingContext = ParsingContext()) {
        self.parser = IncidentParser(context: context)
    }

    /// Changing the context (a new catalogue from `site.yml`) re-parses everything next time.
    /// The corpus parsed under the old context goes now, not when the new one is assembled:
    /// held while 10,000 files are parsed again, it was `serve`'s peak after new settings.
    public mutating func setContext(_ context: ParsingContext) {
        parser = IncidentParser(context: context)
        entries.removeAll()
        listed = []
        positions = nil
        corpus = Corpus(incidents: [], diagnostics: [], fileCount: 0)
    }

    /// Brings the corpus up to date with the folder; returns whether anything changed.
    /// `changedFiles`: the only paths that can have changed since the last refresh (a
    /// folder watcher heard them), so 10,000 files are neither listed nor `stat`ed again;
    /// nil when that is not known, which compares every file.
    @discardableResult
    public mutating func refresh(directory: String, changedFiles: Set<String>? = nil) -> Bool {
        if let changedFiles, !listed.isEmpty, let changed = refresh(directory: directory, named: changedFiles) {
            return changed
        }
        return refreshAll(directory: directory)
    }

    /// Re-reads only the files of `paths` that are incident files; nil when one is not a
    /// regular file (a folder appeared where a file was), which needs a listing.
    private mutating func refresh(directory: String, named paths: Set<String>) -> Bool? {
        let candidates = Set(paths.compactMap { IncidentFiles.listedSpelling(of: $0, in: directory) })
            .sorted(by: IncidentFiles.bytewiseLess).map { ($0, FileSignature(path: $0)) }
        guard candidates.allSatisfy({ $0.1?.isRegularFile ?? true }) else { return nil }
        reparsed = []
        var removed = false
        var replaced: [(path: String, earlier: ParsedIncident)] = []
        for (path, signature) in candidates {
            guard let signature else {
                if entries.removeValue(forKey: path) != nil {
                    listed.removeAll { $0 == path }
                    removed = true
                }
                continue
            }
            if entries[path]?.signature == signature { continue }
            if let earlier = entries[path] {
                replaced.append((path, earlier.result))
            } else {
                let position = listed.firstIndex { IncidentFiles.bytewiseLess(path, $0) } ?? listed.endIndex
                listed.insert(path, at: position)
            }
            parse(path, signature: signature)
        }
        guard !reparsed.isEmpty || removed else { return false }
        if removed || replaced.count != reparsed.count || !replaceInPlace(replaced) {
            positions = nil
            corpus = CorpusLoader.assemble(listed.map { entries[$0]!.result })
        }
        return true
    }

    /// The corpus with the incidents of files parsed again put where their earlier
    /// versions stood, when that is the corpus `CorpusLoader.assemble` would give: each
    /// file had an incident in the corpus and still has one, with the same id (so no
    /// incident joins, leaves or becomes a duplicate). Its diagnostics take the place of
    /// the earlier ones. False, changing nothing, when that does not hold.
    private mutating func replaceInPlace(_ replaced: [(path: String, earlier: ParsedIncident)]) -> Bool {
        let positions = self.positions ?? Dictionary(
            corpus.incidents.indices.map { (corpus.incidents[$0].path, $0) }, uniquingKeysWith: { first, _ in first })
        self.positions = positions
        var updates: [(position: Int, incident: Incident)] = []
        for (path, earlier) in replaced {
            guard let incident = entries[path]?.result.incident, let position = positions[path],
                  earlier.incident?.id == incident.id else { return false }
            updates.append((position, incident))
        }
        var diagnostics = corpus.diagnostics
        if replaced.contains(where: { !$0.earlier.diagnostics.isEmpty || !entries[$0.path]!.result.diagnostics.isEmpty }) {
            for (path, earlier) in replaced {
                for diagnostic in earlier.diagnostics {
                    guard let index = diagnostics.firstIndex(of: diagnostic) else { return false }
                    diagnostics.remove(at: index)
                }
                diagnostics += entries[path]!.result.diagnostics
            }
            diagnostics.sort()
        }
        // The positions stay true: the same files hold incidents, in the same order.
        corpus.diagnostics = diagnostics
        for (position, incident) in updates { corpus.incidents[position] = incident }
        return true
    }

    private mutating func parse(_ path: String, signature: FileSignature?) {
        parse([(path, signature)])
    }

    /// Parses `files` on every core (the first refresh of `serve` parses them all) and
    /// records each with its signature, in order.
    private mutating func parse(_ files: [(path: String, signature: FileSignature?)]) {
        let parser = self.parser
        let results = ParsedSlots(count: files.count)
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            let path = files[index].path
            results.store(FileManager.default.contents(atPath: path).map { parser.parse(Array($0), path: path) } ?? ParsedIncident(
                incident: nil, diagnostics: [.error(at: SourceLocation(path: path, line: 1, column: 1), "cannot read this file")]),
                at: index)
        }
        for (file, result) in zip(files, results.all) {
            reparsed.append(file.path)
            entries[file.path] = Entry(signature: file.signature ?? .unreadable, result: result)
        }
    }

    /// Compares every file with its last version (the safety net behind a folder watcher,
    /// run every 2 s): a scan that finds nothing changed neither sorts nor assembles.
    private mutating func refreshAll(directory: String) -> Bool {
        let scanned: [(path: String, signature: FileSignature?)]
        switch IncidentFiles.scan(in: directory) {
        case .failure(let diagnostic):
            let changed = corpus.diagnostics != [diagnostic]
            entries.removeAll()
            listed = []
            reparsed = []
            positions = nil
            corpus = Corpus(incidents: [], diagnostics: [diagnostic], fileCount: 0)
            folderMissing = true
            return changed
        case .success(let files):
            scanned = files
        }
        let folderCameBack = folderMissing
        folderMissing = false
        reparsed = []
        // Entries are updated in place: a refresh that finds one changed file touches one entry.
        var changed: [(path: String, signature: FileSignature?)] = []
        for file in scanned {
            if let signature = file.signature, entries[file.path]?.signature == signature { continue }
            changed.append(file)
        }
        // Every file listed is known and unchanged; with as many entries, no file left.
        // Past this point something changed: a file, the set of files, or the folder's return.
        if changed.isEmpty, !folderCameBack, entries.count == scanned.count, corpus.fileCount == scanned.count { return false }
        parse(changed.sorted { IncidentFiles.bytewiseLess($0.path, $1.path) })
        let paths = scanned.map(\.path).sorted(by: IncidentFiles.bytewiseLess)
        listed = paths
        if entries.count != paths.count {
            let listed = Set(paths)
            entries = entries.filter { listed.contains($0.key) }
        }
        positions = nil
        corpus = CorpusLoader.assemble(paths.map { entries[$0]!.result })
        return true
    }
}

/// The results of parsing files on several threads, each in its file's slot.
private final class ParsedSlots: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [ParsedIncident?]

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    func store(_ result: ParsedIncident, at index: Int) {
        lock.withLock { slots[index] = result }
    }

    var all: [ParsedIncident] {
        lock.withLock { slots.map { $0! } }
    }
}
