import Foundation
import OutputEncoding
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The folder a new site is assembled in, shared by the threads that write its files.
///
/// It is created only when the new site differs from the published one by more than a
/// few files: until then unchanged files are merely remembered and changed ones held in
/// memory, so a build that changes nothing writes nothing, and one that changes a few
/// files can write just those in place (hard-linking 27,000 unchanged files into a
/// staging tree took seconds on disk). Once it exists, the remembered files are linked
/// or written into it and every later file goes straight in. The lock guards the
/// bookkeeping, never a file's bytes.
final class StagingArea: @unchecked Sendable {
    private let output: String
    private let makeFolder: () throws -> String
    private let lock = NSLock()
    /// Held while the folder is made, so it is made once.
    private let beginLock = NSLock()
    private var folder: String?
    private var createdFolders: Set<String> = [""]
    private var pendingUnchanged: [String] = []
    /// Changed files held back while they are few: the in-place candidates.
    private var pendingChanged: [OutputFile] = []
    private var pendingBytes = 0
    private let holdLimit: (files: Int, bytes: Int)
    private var claimedPaths: Set<String> = []
    private var unchanged = 0
    private var firstError: Error?

    /// `makeFolder` creates the empty staging folder and returns its path.
    /// `holdLimit`: how many changed files (and bytes) are held in memory before staging
    /// begins; (0, 0) stages from the first change. `expectedFiles`: how many files the
    /// site has, so the tables of paths and folders are made at their size once, not
    /// grown step by step under the lock that every writing thread waits for.
    init(
        output: String, holdLimit: (files: Int, bytes: Int) = (0, 0), expectedFiles: Int = 0,
        makeFolder: @escaping () throws -> String
    ) {
        self.output = output
        self.holdLimit = holdLimit
        self.makeFolder = makeFolder
        claimedPaths.reserveCapacity(expectedFiles)
        createdFolders.reserveCapacity(expectedFiles)
    }

    /// The changed files held in memory, when staging never began: all that differs.
    var heldChanges: [OutputFile] { lock.withLock { pendingChanged } }

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

    /// A new or changed file: held while changes are few, else staging begins now if it had not.
    func add(_ file: OutputFile) throws {
        let held: Bool = lock.withLock {
            guard folder == nil, pendingChanged.count < holdLimit.files,
                  pendingBytes + file.contents.count <= holdLimit.bytes else { return false }
            pendingChanged.append(file)
            pendingBytes += file.contents.count
            return true
        }
        if !held { try write(file.path, contents: file.contents, into: try begin()) }
    }

    private func write(_ path: String, contents: Data, into staging: String) throws {
        try createParentFolders(of: path, in: staging)
        try FileBytes.create(staging + "/" + path, contents: contents)
    }

    /// Creates the staging folder once, links every unchanged file and writes every held
    /// changed file seen so far. Other threads may still report files meanwhile: they
    /// are taken in the next round.
    @discardableResult
    func begin() throws -> String {
        beginLock.lock()
        defer { beginLock.unlock() }
        if let folder = path { return folder }
        let staging = try makeFolder()
        do {
            while true {
                let (batch, changed): ([String], [OutputFile]) = lock.withLock {
                    let batch = (pendingUnchanged, pendingChanged)
                    pendingUnchanged = []
                    pendingChanged = []
                    pendingBytes = 0
                    if batch.0.isEmpty, batch.1.isEmpty { folder = staging }
                    return batch
                }
                if batch.isEmpty, changed.isEmpty { return staging }
                for path in batch { try linkPublished(path, into: staging) }
                for file in changed { try write(file.path, contents: file.contents, into: staging) }
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

