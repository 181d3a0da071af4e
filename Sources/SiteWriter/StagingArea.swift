import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The folder a new site is assembled in, shared by the threads that write its files.
///
/// It is created only when the new site first differs from the published one: until
/// then unchanged files are merely remembered, so a build that changes nothing writes
/// nothing at all. Once it exists, those files are hard-linked into it and every later
/// file goes straight in. The lock guards the bookkeeping, never a file's bytes.
final class StagingArea: @unchecked Sendable {
    private let output: String
    private let makeFolder: () throws -> String
    private let lock = NSLock()
    /// Held while the folder is made, so it is made once.
    private let beginLock = NSLock()
    private var folder: String?
    private var createdFolders: Set<String> = [""]
    private var pendingUnchanged: [String] = []
    private var claimedPaths: Set<String> = []
    private var unchanged = 0
    private var firstError: Error?

    /// `makeFolder` creates the empty staging folder and returns its path.
    init(output: String, makeFolder: @escaping () throws -> String) {
        self.output = output
        self.makeFolder = makeFolder
    }

    /// The staging folder, if the new site needed one.
    var path: String? { lock.withLock { folder } }

    /// The first error any thread met; the others stop adding files once it is set.
    var error: Error? { lock.withLock { firstError } }

    var paths: Set<String> { lock.withLock { claimedPaths } }

    /// Files kept from the published site so far.
    var unchangedCount: Int { lock.withLock { unchanged } }

    func fail(_ error: Error) {
        lock.withLock { if firstError == nil { firstError = error } }
    }

    /// Takes `path` for one generated file; false when another file already has it.
    func claim(_ path: String) -> Bool {
        lock.withLock { claimedPaths.insert(path).inserted }
    }

    /// A file whose bytes equal the published one: linked in if staging has begun.
    func keep(_ path: String) throws {
        let staging: String? = lock.withLock {
            unchanged += 1
            if folder == nil { pendingUnchanged.append(path) }
            return folder
        }
        if let staging { try linkPublished(path, into: staging) }
    }

    /// A new or changed file: staging begins now if it had not.
    func add(_ path: String, contents: Data) throws {
        let staging = try begin()
        try createParentFolders(of: path, in: staging)
        try FileBytes.create(staging + "/" + path, contents: contents)
    }

    /// Creates the staging folder once and links every unchanged file seen so far. Other
    /// threads may still report unchanged files meanwhile: they are linked in the next round.
    @discardableResult
    func begin() throws -> String {
        beginLock.lock()
        defer { beginLock.unlock() }
        if let folder = path { return folder }
        let staging = try makeFolder()
        do {
            while true {
                let batch: [String] = lock.withLock {
                    let batch = pendingUnchanged
                    pendingUnchanged = []
                    if batch.isEmpty { folder = staging }
                    return batch
                }
                if batch.isEmpty { return staging }
                for path in batch { try linkPublished(path, into: staging) }
            }
        } catch {
            // Not handed out yet, so the writer's own clean-up cannot see it.
            try? FileManager.default.removeItem(atPath: staging)
            throw error
        }
    }

    /// An unchanged file becomes a hard link to the published one: no bytes written,
    /// its modification time kept. Where links are impossible it is copied with its date.
    private func linkPublished(_ path: String, into staging: String) throws {
        try createParentFolders(of: path, in: staging)
        let existing = output + "/" + path
        let destination = staging + "/" + path
        if link(existing, destination) == 0 { return }
        guard let contents = FileManager.default.contents(atPath: existing) else {
            throw SiteWriterError.cannotWrite(path: destination, reason: String(cString: strerror(errno)))
        }
        try FileBytes.create(destination, contents: contents)
        if let date = (try? FileManager.default.attributesOfItem(atPath: existing))?[.modificationDate] as? Date {
            try? FileManager.default.setAttributes([.modificationDate: date], ofItemAtPath: destination)
        }
    }

    /// Each folder is made once per build, however many files it holds; a folder that
    /// another thread made at the same moment counts as made.
    private func createParentFolders(of path: String, in staging: String) throws {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return }
        try createFolder(String(path[..<slash]), in: staging)
    }

    private func createFolder(_ relative: String, in staging: String) throws {
        if lock.withLock({ createdFolders.contains(relative) }) { return }
        if let slash = relative.utf8.lastIndex(of: UInt8(ascii: "/")) {
            try createFolder(String(relative[..<slash]), in: staging)
        }
        let path = staging + "/" + relative
        guard mkdir(path, 0o777) == 0 || (errno == EEXIST && isFolder(path)) else {
            throw SiteWriterError.cannotWrite(path: path, reason: String(cString: strerror(errno)))
        }
        _ = lock.withLock { createdFolders.insert(relative) }
    }

    private func isFolder(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
    }
}

