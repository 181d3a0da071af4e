import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import OutputEncoding

/// `SiteWriter.update` for a render that finds its changed files as it goes (`serve`,
/// where a new minute changes every page): each changed file is written under its
/// temporary name as soon as it is made, from any core, so the bytes of thousands of
/// changed pages are never held at once; `commit` then renames them all over their
/// targets, and `abandon` leaves the site as it was. The same crash safety as `update`:
/// until `commit`, only temporaries exist.
public final class InPlaceUpdate: @unchecked Sendable {
    private let writer: SiteWriter
    private let lock = NSLock()
    private var written: [(temporary: String, target: String)] = []
    private var failure: Error?

    public init(_ writer: SiteWriter) {
        self.writer = writer
    }

    /// Writes `file` beside its target under a temporary name. After a failure, later
    /// files are skipped and `commit` reports it.
    public func stage(_ file: OutputFile) {
        guard lock.withLock({ failure == nil }) else { return }
        do {
            let pair = try writer.stage(file)
            lock.withLock { written.append(pair) }
        } catch {
            lock.withLock { if failure == nil { failure = error } }
        }
    }

    /// Renames every staged file over its target and deletes `removed` (and folders they
    /// leave empty); throws the first failure of staging or of the renames, after removing
    /// the temporaries not yet renamed.
    public func commit(removed: [String], durable: Bool = false) throws {
        let (written, failure) = lock.withLock {
            defer { self.written = [] }
            return (self.written, self.failure)
        }
        if let failure {
            for file in written { unlink(file.temporary) }
            throw failure
        }
        try writer.commit(written, removed: removed, durable: durable)
    }

    /// Removes every temporary: the site stays as it was.
    public func abandon() {
        let written = lock.withLock {
            defer { self.written = [] }
            return self.written
        }
        for file in written { unlink(file.temporary) }
    }
}
