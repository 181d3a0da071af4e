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
    /// By name, the groups of the last finished render (`carry(_:items:token:)`).
    private var groups: [String: ItemGroup] = [:]
    /// The groups the current render carried, as the next render will find them.
    private var carrying: [String: ItemGroup] = [:]
    /// While a provisional render is neither kept nor rolled back: the cache as it was
    /// before it began.
    private var beforeProvisional: Saved?

    /// What a render changes in the cache, kept to undo a provisional render. The tables
    /// are copied on write, so keeping them costs one copy of each that changes; an
    /// entry's stamp changes in place, so the old stamps are listed as they change.
    private struct Saved {
        var entries: [String: Entry]
        var digests: [String: Digest]
        var manifest: Manifest
        var render: Int
        var groups: [String: ItemGroup]
        var madeTotal: Int
        var stamps: [(entry: Entry, render: Int)] = []
    }

    /// Files made one item at a time, each item's files made of that item alone: which
    /// entries each item's files are, by the item's identity.
    private struct ItemGroup {
        struct Files {
            /// Held so that its identity is not reused by another object.
            let item: AnyObject
            var entries: [Entry]
        }

        var token: AnyHashable
        var render: Int
        var items: [ObjectIdentifier: Files] = [:]
    }

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
    /// A `provisional` render (`storingen serve` making the next minute's files ahead)
    /// is undone by `rollBackRender()` and kept by `keepRender()` or the next render.
    /// The part caches are not rolled back: a part is keyed by all it is made of, so a
    /// kept part is right whichever render asked for it.
    public func startRender(provisional: Bool = false) {
        let parts = lock.withLock {
            beforeProvisional = provisional
                ? Saved(entries: entries, digests: digests, manifest: manifest, render: render, groups: groups, madeTotal: madeTotal)
                : nil
            render += 1
            asked = 0
            changed = []
            made = []
            carrying = [:]
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
            groups = carrying
            carrying = [:]
            defer { changed = [] }
            return (manifest, changed.sorted(), removed.sorted())
        }
    }

    /// Keeps the provisional render that finished last: the cache describes its files.
    public func keepRender() {
        lock.withLock { beforeProvisional = nil }
    }

    /// Undoes the provisional render that finished last: the cache describes the files
    /// of the render before it again, as if it had never run.
    public func rollBackRender() {
        lock.withLock {
            guard let saved = beforeProvisional else { return }
            beforeProvisional = nil
            for stamp in saved.stamps { stamp.entry.render = stamp.render }
            entries = saved.entries
            digests = saved.digests
            manifest = saved.manifest
            render = saved.render
            groups = saved.groups
            madeTotal = saved.madeTotal
            carrying = [:]
            changed = []
            made = []
        }
    }

    /// Stamps `entry` as asked by the current render; the caller holds the lock.
    private func stampLocked(_ entry: Entry) {
        guard entry.render != render else { return }
        beforeProvisional?.stamps.append((entry, entry.render))
        entry.render = render
        asked += 1
    }

    /// The files made together under `key` (a feed in two formats, the Statuspage API):
    /// without bytes when `inputs` equal those they were made from, else `make()`'s,
    /// remembered with `inputs` and their digests.
    /// `member`: the group and item the files are made for (`carry(_:items:token:)`).
    public func files<Inputs: Equatable & Sendable>(
        _ key: String, inputs: Inputs, member: Member? = nil, make: () -> [OutputFile]
    ) -> [OutputFile] {
        // One lock for the lookup and for counting the entry as asked: every core asks at
        // once, for 27,000 files at 10,000 incidents, and a second lock per file was most
        // of a save's waiting. The inputs are compared outside it (a period's windows take
        // longer than the lookup); an entry whose inputs differ is replaced below, asked already.
        let entry = lock.withLock { () -> Entry? in
            guard let entry = entries[key] else { return nil }
            stampLocked(entry)
            return entry
        }
        if let entry, let previous = entry.inputs as? Inputs, previous == inputs {
            if let member { record(entry, of: member) }
            return entry.reused
        }
        let files = make()
        let made = files.map { ($0.path, Digest($0.contents)) }
        let replacement = Entry(inputs: inputs, files: files, render: render)
        lock.withLock {
            let earlier = entries.updateValue(replacement, forKey: key)
            if earlier?.render != render { asked += 1 }
            if let member { recordLocked(replacement, of: member) }
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
        _ path: String, _ mediaType: MediaType, inputs: Inputs, member: Member? = nil, make: () -> Data
    ) -> OutputFile {
        files(path, inputs: inputs, member: member) { [OutputFile(path: path, mediaType: mediaType, contents: make())] }[0]
    }

    /// An item of a group whose files a render asks for (`carry(_:items:token:)`).
    public struct Member: @unchecked Sendable {
        public var group: String
        /// Sendable where the group's items are (`carry` takes only those).
        public var item: AnyObject

        public init(group: String, item: some AnyObject & Sendable) {
            self.group = group
            self.item = item
        }
    }

    /// Begins a group of files made one item at a time, where an item's files are made of
    /// that item (compared by identity) and `token` alone: an incident's pages, of its
    /// facts and the build time. The files of items the cache's last render made with
    /// the same token are kept without being asked for (in any language), so a render
    /// need not visit 10,000 incidents' pages to find the one that changed. Answers the
    /// positions in `items` whose files the render must ask for, naming the item as their
    /// `Member` (all of them when the last render did not carry the group); the files of
    /// earlier items not among `items` leave the site.
    ///
    /// Not generic: called from another module it would not be specialized, and walking
    /// 10,000 items through generic witnesses took most of its time.
    public func carry(_ group: String, items: [any AnyObject & Sendable], token: AnyHashable) -> [Int] {
        lock.withLock {
            var next = ItemGroup(token: token, render: render)
            guard let last = groups[group], last.render == render - 1, last.token == next.token else {
                carrying[group] = next
                return Array(items.indices)
            }
            next.items.reserveCapacity(last.items.count)
            var visit: [Int] = []
            for position in items.indices {
                let item = items[position]
                guard let files = last.items[ObjectIdentifier(item)], files.item === item else {
                    visit.append(position)
                    continue
                }
                for entry in files.entries { stampLocked(entry) }
                next.items[ObjectIdentifier(item)] = files
            }
            carrying[group] = next
            return visit
        }
    }

    private func record(_ entry: Entry, of member: Member) {
        lock.withLock { recordLocked(entry, of: member) }
    }

    /// Notes `entry` as one of `member`'s files, when the render carries its group.
    private func recordLocked(_ entry: Entry, of member: Member) {
        guard carrying[member.group] != nil else { return }
        let id = ObjectIdentifier(member.item)
        carrying[member.group]!.items[id, default: ItemGroup.Files(item: member.item, entries: [])].entries.append(entry)
    }

    /// Whether files were made under `key` before: asked while they are made again, it
    /// tells a file made again (an edit) from one made for the first time.
    public func hasMade(_ key: String) -> Bool {
        lock.withLock { entries[key] != nil }
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
