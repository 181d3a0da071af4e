import Foundation
import IncidentModel

/// Finds the incident files of a folder: every `*.md` in it and its sub-folders,
/// skipping hidden names, in a stable byte-wise order of their paths.
public enum IncidentFiles {
    /// The paths of the incident files under `directory`, each spelled as `directory`
    /// joined with the relative path, so diagnostics are clickable from where the
    /// command ran. A missing folder is an error diagnostic at the folder's path.
    public static func list(in directory: String) -> Result<[String], Diagnostic> {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            return .failure(.error(
                at: SourceLocation(path: directory, line: 1, column: 1),
                "incidents folder not found; pass the folder with `--incidents DIR`"))
        }
        let root = URL(fileURLWithPath: directory, isDirectory: true)
        guard let enumerator = FileManager.default.enumerator(
            at: root, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
        else { return .success([]) }
        let rootPath = root.standardizedFileURL.path
        var paths: [String] = []
        for case let url as URL in enumerator where url.pathExtension == "md" {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            let full = url.standardizedFileURL.path
            let relative = full.hasPrefix(rootPath + "/") ? String(full.dropFirst(rootPath.count + 1)) : full
            paths.append(Self.join(directory, relative))
        }
        return .success(paths.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
    }

    private static func join(_ directory: String, _ relative: String) -> String {
        if directory == "." { return relative }
        return directory.hasSuffix("/") ? directory + relative : directory + "/" + relative
    }
}
