import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import OutputEncoding

/// The last stage: puts generated files on disk without ever exposing a half-written
/// site. When much changed, the new site is assembled in a sibling folder and swapped in
/// at once; files whose bytes did not change are hard links to the previous ones (so
/// their mtime stays). When a few files changed (an edited incident), just those are
/// replaced in place, each at once (`update`). Files of deleted incidents disappear, and
/// a build that changes nothing touches nothing.
public struct SiteWriter: Sendable {
    /// What a write did, for the build's one-line summary.
    public struct Summary: Sendable, Equatable {
        public var written: Int
        public var unchanged: Int
        public var removed: Int
    }

    public let outputDirectory: String

    public init(outputDirectory: String) {
        self.outputDirectory = outputDirectory
    }

    public func write(_ files: [OutputFile]) throws -> Summary {
        try write(OutputPlan(files), concurrently: false)
    }

    /// Makes and writes every file of `plan` in one pass, on every core when
    /// `concurrently`: a page is rendered, compared with the published one in memory,
    /// and written or linked, so the whole site is never held in memory.
    public func write(_ plan: OutputPlan, concurrently: Bool = true) throws -> Summary {
        let output = URL(fileURLWithPath: outputDirectory).standardizedFileURL
        // Every build sweeps, including one that ends up writing nothing.
        removeAbandonedStagingDirectories(next: output)
        let published = PublishedFiles.paths(under: output.path)
        let outputExists = FileManager.default.fileExists(atPath: output.path)
        let staging = StagingArea(
            output: output.path, holdLimit: Self.inPlaceLimit(published: published.count), expectedFiles: plan.count
        ) {
            try makeStagingDirectory(next: output).path
        }
        plan.forEachPosition(concurrently: concurrently) { position in
            guard staging.error == nil else { return }
            do {
                let file = plan.file(at: position)
                guard Self.isValid(file.path), staging.claim(file.path) else { throw SiteWriterError.invalidPath(file.path) }
                if published.contains(file.path),
                   FileBytes.matches(output.path + "/" + file.path, contents: file.contents) {
                    try staging.keep(file.path)
                } else {
                    try staging.add(file)
                }
            } catch {
                staging.fail(error)
            }
        }
        let removed = published.subtracting(staging.paths)
        do {
            if let error = staging.error { throw error }
            let summary = Summary(written: plan.count - staging.unchangedCount, unchanged: staging.unchangedCount, removed: removed.count)
            if staging.path == nil, outputExists {
                let changed = staging.heldChanges
                if changed.isEmpty, removed.isEmpty { return summary }
                if Self.canUpdateInPlace(paths: staging.paths) {
                    try update(changed: changed, removed: removed.sorted(), durable: true)
                    return summary
                }
            }
            let folder = try staging.begin()
            let hadPrevious = try DirectorySwap.exchange(folder, with: output.path)
            if hadPrevious { try? FileManager.default.removeItem(atPath: folder) }
            return summary
        } catch {
            if let folder = staging.path { try? FileManager.default.removeItem(atPath: folder) }
            throw error
        }
    }

    /// How many changed files (and bytes) a build writes in place rather than staging a
    /// new tree: a tenth of the published site, at most 2,000 files and 64 MB held in
    /// memory. Below it, writing the few files costs less than linking every unchanged
    /// one into a staging tree; above it, the whole-tree swap keeps a large change atomic.
    static func inPlaceLimit(published: Int) -> (files: Int, bytes: Int) {
        (min(2_000, published / 10), 64 << 20)
    }

    /// Relative, inside the output folder, no empty segments. Read byte by byte: it is
    /// asked for every one of 27,000 files, and splitting each path into an array of
    /// segments was 1% of a build.
    static func isValid(_ path: String) -> Bool {
        var path = path
        return path.withUTF8 { bytes in
            let slash = UInt8(ascii: "/"), dot = UInt8(ascii: ".")
            var segmentStart = 0
            for index in 0...bytes.count where index == bytes.count || bytes[index] == slash {
                let length = index - segmentStart
                if length == 0 || (length == 2 && bytes[segmentStart] == dot && bytes[segmentStart + 1] == dot) {
                    return false
                }
                segmentStart = index + 1
            }
            return true
        }
    }

    private func makeStagingDirectory(next output: URL) throws -> URL {
        let parent = output.deletingLastPathComponent()
        try createDirectory(parent)
        let staging = parent.appendingPathComponent(".\(output.lastPathComponent).building-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))")
        do {
            try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: false)
        } catch {
            throw SiteWriterError.cannotPrepare(path: parent.path, reason: Self.reason(error))
        }
        return staging
    }

    /// Staging folders of builds that were killed (their process is gone) are removed, so
    /// interrupted builds do not pile up beside the site. Live builds' folders stay.
    private func removeAbandonedStagingDirectories(next output: URL) {
        let parent = output.deletingLastPathComponent()
        let prefix = ".\(output.lastPathComponent).building-"
        for name in (try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? [] where name.hasPrefix(prefix) {
            guard let pid = Int32(name.dropFirst(prefix.count).prefix { $0 != "-" }),
                  pid != ProcessInfo.processInfo.processIdentifier,
                  kill(pid, 0) != 0, errno == ESRCH
            else { continue }
            try? FileManager.default.removeItem(at: parent.appendingPathComponent(name))
        }
    }

    private func createDirectory(_ url: URL) throws {
        do {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        } catch {
            throw SiteWriterError.cannotPrepare(path: url.path, reason: Self.reason(error))
        }
    }

    static func reason(_ error: Error) -> String {
        (error as NSError).localizedFailureReason ?? (error as NSError).localizedDescription
    }
}
