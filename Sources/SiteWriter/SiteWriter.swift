import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SiteContent

/// The last stage: puts generated files on disk without ever exposing a half-written
/// site. The new site is assembled in a sibling folder and swapped in at once; files
/// whose bytes did not change are hard links to the previous ones (so their mtime
/// stays), files of deleted incidents disappear, and a build that changes nothing
/// touches nothing.
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
        let output = URL(fileURLWithPath: outputDirectory).standardizedFileURL
        try validate(files)
        let previous = existingFiles(under: output)
        let unchanged = Set(files.filter { file in
            guard let size = previous[file.path], size == file.contents.count else { return false }
            return (try? Data(contentsOf: output.appendingPathComponent(file.path))) == file.contents
        }.map(\.path))
        let removed = Set(previous.keys).subtracting(files.map(\.path))
        let summary = Summary(written: files.count - unchanged.count, unchanged: unchanged.count, removed: removed.count)
        if summary.written == 0, removed.isEmpty, FileManager.default.fileExists(atPath: output.path) {
            return summary
        }
        let staging = try makeStagingDirectory(next: output)
        do {
            // Each folder is created once, not once per file: most pages share a few folders' parents.
            var created: Set<String> = [staging.path]
            for file in files {
                let destination = staging.appendingPathComponent(file.path)
                let folder = destination.deletingLastPathComponent()
                if created.insert(folder.path).inserted { try createDirectory(folder) }
                if unchanged.contains(file.path) {
                    try keep(output.appendingPathComponent(file.path), at: destination, contents: file.contents)
                } else {
                    try write(file.contents, to: destination)
                }
            }
            let hadPrevious = try DirectorySwap.exchange(staging.path, with: output.path)
            if hadPrevious { try? FileManager.default.removeItem(at: staging) }
        } catch {
            try? FileManager.default.removeItem(at: staging)
            throw error
        }
        return summary
    }

    /// Relative paths of the files of the published site, with their sizes.
    private func existingFiles(under root: URL) -> [String: Int] {
        guard let enumerator = FileManager.default.enumerator(
            at: root, includingPropertiesForKeys: [.isRegularFileKey, .fileSizeKey], options: [])
        else { return [:] }
        let prefix = root.path.hasSuffix("/") ? root.path : root.path + "/"
        var files: [String: Int] = [:]
        for case let url as URL in enumerator {
            guard let values = try? url.resourceValues(forKeys: [.isRegularFileKey, .fileSizeKey]),
                  values.isRegularFile == true else { continue }
            let path = url.standardizedFileURL.path
            guard path.hasPrefix(prefix) else { continue }
            files[String(path.dropFirst(prefix.count))] = values.fileSize ?? -1
        }
        return files
    }

    private func validate(_ files: [OutputFile]) throws {
        var seen = Set<String>()
        for file in files {
            let parts = file.path.split(separator: "/", omittingEmptySubsequences: false)
            guard !file.path.isEmpty, !file.path.hasPrefix("/"), !parts.contains(".."), !parts.contains(""),
                  seen.insert(file.path).inserted
            else { throw SiteWriterError.invalidPath(file.path) }
        }
    }

    private func makeStagingDirectory(next output: URL) throws -> URL {
        let parent = output.deletingLastPathComponent()
        try createDirectory(parent)
        removeAbandonedStagingDirectories(next: output)
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

    /// An unchanged file becomes a hard link to the published one: no bytes written,
    /// the modification time kept. Where links are impossible it is copied with its date.
    private func keep(_ existing: URL, at destination: URL, contents: Data) throws {
        if (try? FileManager.default.linkItem(at: existing, to: destination)) != nil { return }
        try write(contents, to: destination)
        if let date = try? existing.resourceValues(forKeys: [.contentModificationDateKey]).contentModificationDate {
            try? FileManager.default.setAttributes([.modificationDate: date], ofItemAtPath: destination.path)
        }
    }

    private func write(_ contents: Data, to url: URL) throws {
        guard FileManager.default.createFile(atPath: url.path, contents: contents) else {
            throw SiteWriterError.cannotWrite(path: url.path, reason: String(cString: strerror(errno)))
        }
    }

    private static func reason(_ error: Error) -> String {
        (error as NSError).localizedFailureReason ?? (error as NSError).localizedDescription
    }
}
