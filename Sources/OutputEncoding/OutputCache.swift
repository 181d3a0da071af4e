import Foundation

/// Files kept between renders by `storingen serve`, so that editing one incident of
/// thousands makes only the files that show it. Each file is remembered with the inputs
/// it was made from (a renderer names them: the facts of the incidents a page lists, a
/// period's windows); a file is made again only when its inputs differ, and comparing
/// inputs must cost far less than making the file. A change of theme or settings needs a
/// new cache.
public final class OutputCache: @unchecked Sendable {
    private struct Entry {
        var inputs: any Equatable & Sendable
        var files: [OutputFile]
    }

    private let lock = NSLock()
    private var entries: [String: Entry] = [:]
    private var made: [String] = []
    private var madeTotal = 0

    public init() {}

    /// The files made together under `key` (a feed in two formats, the Statuspage API):
    /// the cached ones when `inputs` equal those they were made from, else `make()`'s,
    /// remembered with `inputs`.
    public func files<Inputs: Equatable & Sendable>(_ key: String, inputs: Inputs, make: () -> [OutputFile]) -> [OutputFile] {
        if let cached = lock.withLock({ entries[key] }), let previous = cached.inputs as? Inputs, previous == inputs {
            return cached.files
        }
        let files = make()
        lock.withLock {
            entries[key] = Entry(inputs: inputs, files: files)
            made += files.map(\.path)
            madeTotal += files.count
        }
        return files
    }

    /// A file of `path` whose bytes come from the cache when `inputs` did not change,
    /// else from `make()`, remembered with `inputs`.
    public func file<Inputs: Equatable & Sendable>(
        _ path: String, _ mediaType: MediaType, inputs: Inputs, make: () -> Data
    ) -> OutputFile {
        files(path, inputs: inputs) { [OutputFile(path: path, mediaType: mediaType, contents: make())] }[0]
    }

    /// Files made (not reused) since the cache was created.
    public var madeCount: Int { lock.withLock { madeTotal } }

    /// The paths made since the last call: the only files whose bytes can have changed.
    public func takeMadePaths() -> [String] {
        lock.withLock {
            defer { made = [] }
            return made
        }
    }

}
