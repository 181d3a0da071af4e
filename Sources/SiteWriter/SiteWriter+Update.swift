import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import OutputEncoding

extension SiteWriter {
    /// Brings an output folder up to date in place when only a few files differ: `build`
    /// after a small edit, and `storingen serve`, which knows what changed. Every changed
    /// file is first written beside its target under a temporary name; only when all of
    /// them are written (and, when `durable`, on disk) is each renamed over its target, so
    /// no reader ever sees a half-written file, and a failure before that point changes
    /// nothing. `removed` files are deleted after, with folders they leave empty.
    ///
    /// Unlike `write`, the site is not swapped as a whole: for the moment of the renames a
    /// reader may see some pages new and others not yet.
    public func update(changed: [OutputFile], removed: [String], durable: Bool = false) throws {
        let update = InPlaceUpdate(self)
        for file in changed { update.stage(file) }
        try update.commit(removed: removed, durable: durable)
    }

    /// Writes `file` beside its target under a temporary name (`InPlaceUpdate.stage`).
    func stage(_ file: OutputFile) throws -> (temporary: String, target: String) {
        guard Self.isValid(file.path) else { throw SiteWriterError.invalidPath(file.path) }
        let target = outputDirectory + "/" + file.path
        let folder = (target as NSString).deletingLastPathComponent
        try createFolder(folder)
        let temporary = folder + "/.\((target as NSString).lastPathComponent).updating-\(getpid())"
        unlink(temporary)
        try FileBytes.create(temporary, contents: file.contents)
        if Self.isFolder(target) {
            unlink(temporary)
            throw SiteWriterError.cannotWrite(path: target, reason: "a folder is in the way")
        }
        return (temporary, target)
    }

    /// Renames written temporaries over their targets, then deletes `removed`
    /// (`InPlaceUpdate.commit`).
    func commit(_ written: [(temporary: String, target: String)], removed: [String], durable: Bool) throws {
        do {
            if durable { try Self.flush(written.map(\.temporary)) }
        } catch {
            for file in written { unlink(file.temporary) }
            throw error
        }
        for (position, file) in written.enumerated() where rename(file.temporary, file.target) != 0 {
            let failure = SiteWriterError.cannotWrite(path: file.target, reason: String(cString: strerror(errno)))
            for later in written[position...] { unlink(later.temporary) }
            throw failure
        }
        var touched = Set(written.map { ($0.target as NSString).deletingLastPathComponent })
        for path in removed where Self.isValid(path) {
            let target = outputDirectory + "/" + path
            unlink(target)
            touched.formUnion(removeEmptyFolders(above: target))
        }
        if durable { try Self.flush(touched.filter(Self.isFolder).sorted()) }
    }

    /// Whether `changed` can be written in place over the published site: no new file
    /// sits where the new site needs a folder. Otherwise the staging build reports it.
    static func canUpdateInPlace(paths: Set<String>) -> Bool {
        paths.allSatisfy { path in
            var folder = Substring(path)
            while let slash = folder.lastIndex(of: "/") {
                folder = folder[..<slash]
                if paths.contains(String(folder)) { return false }
            }
            return true
        }
    }

    private func createFolder(_ folder: String) throws {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw SiteWriterError.cannotPrepare(path: folder, reason: Self.reason(error))
        }
    }

    /// Removes the folders between `file` and the output folder that its removal left
    /// empty (a deleted incident's folder); returns the folders whose entries changed.
    private func removeEmptyFolders(above file: String) -> [String] {
        var changed: [String] = []
        var folder = (file as NSString).deletingLastPathComponent
        while folder.count > outputDirectory.count {
            changed.append(folder)
            guard rmdir(folder) == 0 else { break }
            folder = (folder as NSString).deletingLastPathComponent
        }
        changed.append(folder)
        return changed
    }

    static func isFolder(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
    }

    /// Puts the files' bytes, or folders' entries, on disk before the caller goes on: one
    /// `fsync` each for a few (about 4 ms apiece on this project's disks), one `syncfs` of
    /// the file system for many, where 2,000 single flushes would take seconds.
    private static func flush(_ paths: [String]) throws {
        if paths.count > 32, let first = paths.first, flushFileSystem(holding: first) { return }
        for path in paths {
            let descriptor = open(path, O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0 else { throw SiteWriterError.cannotWrite(path: path, reason: String(cString: strerror(errno))) }
            defer { close(descriptor) }
            guard fsync(descriptor) == 0 else {
                throw SiteWriterError.cannotWrite(path: path, reason: String(cString: strerror(errno)))
            }
        }
    }

    private typealias SyncFS = @convention(c) (Int32) -> Int32

    /// `syncfs` of the file system `path` is on; false where the C library lacks it
    /// (Swift's Glibc module does not declare it), so the caller flushes file by file.
    private static func flushFileSystem(holding path: String) -> Bool {
        #if canImport(Glibc)
        guard let symbol = dlsym(dlopen(nil, RTLD_NOW), "syncfs") else { return false }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        return unsafeBitCast(symbol, to: SyncFS.self)(descriptor) == 0
        #else
        return false
        #endif
    }
}
