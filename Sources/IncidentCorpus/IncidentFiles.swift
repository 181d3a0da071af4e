import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import IncidentModel
import OutputEncoding

/// Finds the incident files of a folder: every `*.md` in it and its sub-folders,
/// skipping hidden names, in a stable byte-wise order of their relative paths.
public enum IncidentFiles {
    /// The paths of the incident files under `directory`, each spelled as `directory`
    /// joined with the relative path, so diagnostics are clickable from where the
    /// command ran. A missing folder is an error diagnostic at the folder's path.
    public static func list(in directory: String) -> Result<[String], Diagnostic> {
        if let missing = missingFolder(directory) { return .failure(missing) }
        var relativePaths: [String] = []
        walk(directory, relative: "", depth: 0) { relativePath, _, _ in relativePaths.append(relativePath) }
        return .success(
            relativePaths
                .sorted(by: bytewiseLess)
                .map { join(directory, $0) })
    }

    /// The files `list(in:)` lists, spelled as it spells them, each with its signature
    /// (nil when it vanished between the listing and the `stat`), in no particular order:
    /// `serve`'s safety-net scan of every file, which needs no order when nothing changed.
    static func scan(in directory: String) -> Result<[(path: String, signature: FileSignature?)], Diagnostic> {
        if let missing = missingFolder(directory) { return .failure(missing) }
        var files: [(path: String, signature: FileSignature?)] = []
        walk(directory, relative: "", depth: 0) { relativePath, folder, name in
            files.append((join(directory, relativePath), FileSignature(name: name, inFolder: folder)))
        }
        return .success(files)
    }

    /// Folders nested deeper than this are not searched (a guard against symlink loops).
    static let maximumDepth = 32

    /// The error diagnostic for a `directory` that is not a folder; nil when it is one.
    private static func missingFolder(_ directory: String) -> Diagnostic? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            return .error(
                at: SourceLocation(path: directory, line: 1, column: 1),
                "incidents folder not found; pass the folder with `--incidents DIR`")
        }
        return nil
    }

    /// Visits the `*.md` files below `directory` with `readdir`, whose entry types save a
    /// `stat` per file, handing `visit` each file's relative path, its open folder and its
    /// name; hidden names (`.git`, `.DS_Store`) are skipped.
    private static func walk(
        _ directory: String, relative: String, depth: Int, visit: (String, Int32, String) -> Void
    ) {
        guard depth <= maximumDepth, let handle = opendir(directory) else { return }
        defer { closedir(handle) }
        while let entry = readdir(handle) {
            let name = DirectoryEntry.name(of: entry)
            guard !name.hasPrefix(".") else { continue }
            let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
            let relativePath = relative.isEmpty ? name : relative + "/" + name
            switch DirectoryEntry.kind(of: entry, in: dirfd(handle), followingLinks: true) {
            case .folder: walk(path, relative: relativePath, depth: depth + 1, visit: visit)
            case .file where name.hasSuffix(".md"): visit(relativePath, dirfd(handle), name)
            default: break
            }
        }
    }

    /// Byte-wise order of UTF-8, with `memcmp`: `serve` sorts the listing on every poll.
    static func bytewiseLess(_ first: String, _ second: String) -> Bool {
        var first = first, second = second
        return first.withUTF8 { a in
            second.withUTF8 { b in
                let shared = min(a.count, b.count)
                let order = shared == 0 ? 0 : memcmp(a.baseAddress!, b.baseAddress!, shared)
                return order == 0 ? a.count < b.count : order < 0
            }
        }
    }

    /// `path` (a folder watcher's spelling: `directory`, `/`, then names) as `list(in:)`
    /// spells it, if it names a file `list(in:)` could list: a `*.md` under `directory`
    /// without a hidden name on the way.
    static func listedSpelling(of path: String, in directory: String) -> String? {
        guard path.hasPrefix(directory) else { return nil }
        let names = path.dropFirst(directory.count).split(separator: "/")
        guard let last = names.last, last.hasSuffix(".md"), names.count <= maximumDepth + 1,
              !names.contains(where: { $0.hasPrefix(".") }) else { return nil }
        return join(directory, names.joined(separator: "/"))
    }

    private static func join(_ directory: String, _ relative: String) -> String {
        if directory == "." { return relative }
        return directory.hasSuffix("/") ? directory + relative : directory + "/" + relative
    }
}
