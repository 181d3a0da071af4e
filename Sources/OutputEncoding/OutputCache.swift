import Foundation

/// What `storingen serve` remembers of the files it made, so that editing one incident of
/// thousands makes only the files that show it. Each file is remembered with the inputs
/// it was made from (a renderer names them: the facts of the incidents a page lists, a
/// period's windows) and a digest of its bytes, never the bytes: those are in the output
/// folder the cache's owner keeps current, and 10,000 incidents make 280 MB of them. A
/// file is made again only when its inputs differ (comparing inputs must cost far less
/// than making the file), and counts as changed only when its digest differs. A change of
/// theme or settings needs a new cache.
///
/// A render with a cache is bracketed by `startRender()` and `finishRender()`; a file
/// taken from the cache comes back without its bytes (`isReused`, `contents` empty), so
/// only the cache's owner, which knows where the bytes are, should ask a plan made with one.
public final class OutputCache: @unchecked Sendable {
    /// Tells one version of a file's bytes from another without keeping them.
    public struct Digest: Hashable, Sendable {
        var count: Int
        var hash: Int

        public init(_ contents: Data) {
            var hasher = Hasher()
            contents.withUnsafeBytes { hasher.combine(bytes: $0) }
            count = contents.count
            hash = hasher.finalize()
        }
    }

    /// The site of the last finished render: every file's media type, by path.
    public typealias Manifest = [String: MediaType]

    /// One entry, shared by reference so that a reuse, the common case of every render,
    /// looks its key up once and copies nothing.
    private final class Entry: @unchecked Sendable {
        let inputs: any Equatable & Sendable
        /// The files as a reuse hands them out: paths and types, no bytes.
        let reused: [OutputFile]
        /// The render that last asked for this entry; older entries are files that left
        /// the site. Read and written under the cache's lock.
        var render: Int

        init(inputs: any Equatable & Sendable, files: [OutputFile], render: Int) {
            self.inputs = inputs
            reused = files.map { OutputFile(reusing: $0.path, mediaType: $0.mediaType) }
            self.render = render
        }
    }

    private let lock = NSLock()
    private var entries: [String: Entry] = [:]
    private var digests: [String: Digest] = [:]
    private var manifest: Manifest = [:]
    private var render = 0
    /// Entries the current render asked for; when that is all of them, none left the site.
    private var asked = 0
    private var made: [String] = []
    private var changed: Set<String> = []
    private var madeTotal = 0
    /// By key type, the caches of parts of files (`parts(_:_:)`).
    private var partCaches: [ObjectIdentifier: any RenderScoped] = [:]

    public init() {}

    /// The cache of parts keyed by `Key`, one per key type, for renderers that make a
    /// large file of many parts most of which stay (`PartCache`).
    public func parts<Key: Hashable & Sendable, Part: Sendable>(_ key: Key.Type, _ part: Part.Type) -> PartCache<Key, Part> {
        lock.withLock {
            if let cache = partCaches[ObjectIdentifier(Key.self)] as? PartCache<Key, Part> { return cache }
            let cache = PartCache<Key, Part>()
            partCaches[ObjectIdentifier(Key.self)] = cache
            return cache
        }
    }

    /// A cache that makes every file again but knows the digests of `previous`'s files,
    /// so that what it reports as changed is what differs from the site `previous` made
    /// (new settings or theme, over a site still on disk).
    public convenience init(digestsOf previous: OutputCache) {
        self.init()
        digests = previous.lock.withLock { previous.digests }
    }

    /// Begins a render: entries it does not ask for are dropped by `finishRender()`.
    public func startRender() {
        let parts = lock.withLock {
            render += 1
            asked = 0
            changed = []
            made = []
            return Array(partCaches.values)
        }
        for cache in parts { cache.startRender() }
    }

    /// Ends a render: forgets the files it did not ask for, and answers the site it made,
    /// the paths whose bytes differ from the previous render's (new files included) and
    /// the paths that left the site.
    public func finishRender() -> (manifest: Manifest, changed: [String], removed: [String]) {
        lock.withLock {
            var removed: [String] = []
            // Only when files left the site (an incident deleted) is the manifest made anew.
            if asked != entries.count {
                entries = entries.filter { $0.value.render == render }
                let previous = manifest
                manifest = [:]
                for entry in entries.values {
                    for file in entry.reused { manifest[file.path] = file.mediaType }
                }
                removed = previous.keys.filter { manifest[$0] == nil }
                for path in removed { digests[path] = nil }
            }
            defer { changed = [] }
            return (manifest, changed.sorted(), removed.sorted())
        }
    }

    /// The files made together under `key` (a feed in two formats, the Statuspage API):
    /// without bytes when `inputs` equal those they were made from, else `make()`'s,
    /// remembered with `inputs` and their digests.
    public func files<Inputs: Equatable & Sendable>(_ key: String, inputs: Inputs, make: () -> [OutputFile]) -> [OutputFile] {
        // One lock for the lookup and for counting the entry as asked: every core asks at
        // once, for 27,000 files at 10,000 incidents, and a second lock per file was most
        // of a save's waiting. The inputs are compared outside it (a period's windows take
        // longer than the lookup); an entry whose inputs differ is replaced below, asked already.
        let entry = lock.withLock { () -> Entry? in
            guard let entry = entries[key] else { return nil }
            if entry.render != render {
                entry.render = render
                asked += 1
            }
            return entry
        }
        if let entry, let previous = entry.inputs as? Inputs, previous == inputs {
            return entry.reused
        }
        let files = make()
        let made = files.map { ($0.path, Digest($0.contents)) }
        let replacement = Entry(inputs: inputs, files: files, render: render)
        lock.withLock {
            let earlier = entries.updateValue(replacement, forKey: key)
            if earlier?.render != render { asked += 1 }
            // The manifest (shared with the cache's owner) is copied on its first change, so
            // it changes only when a key's files do: a page made again keeps its path.
            if !Self.samePathsAndTypes(earlier?.reused ?? [], files) {
                for file in earlier?.reused ?? [] { manifest[file.path] = nil }
                for file in files { manifest[file.path] = file.mediaType }
            }
            for (path, digest) in made {
                if digests.updateValue(digest, forKey: path) != digest { changed.insert(path) }
                self.made.append(path)
            }
            madeTotal += files.count
        }
        return files
    }

    private static func samePathsAndTypes(_ earlier: [OutputFile], _ files: [OutputFile]) -> Bool {
        earlier.count == files.count
            && zip(earlier, files).allSatisfy { $0.path == $1.path && $0.mediaType == $1.mediaType }
    }

    /// A file of `path`: without bytes when `inputs` did not change, else `make()`'s,
    /// remembered with `inputs`.
    public func file<Inputs: Equatable & Sendable>(
        _ path: String, _ mediaType: MediaType, inputs: Inputs, make: () -> Data
    ) -> OutputFile {
        files(path, inputs: inputs) { [OutputFile(path: path, mediaType: mediaType, contents: make())] }[0]
    }

    /// Whether the current render made `path` with bytes other than the last render's:
    /// a file its owner must write, known as soon as the file is made.
    public func hasChanged(_ path: String) -> Bool {
        lock.withLock { changed.contains(path) }
    }

    /// Files made (not reused) since the cache was created.
    public var madeCount: Int { lock.withLock { madeTotal } }

    /// The paths made since the last call (and since the render began), changed or not.
    public func takeMadePaths() -> [String] {
        lock.withLock {
            defer { made = [] }
            return made
        }
    }
}
