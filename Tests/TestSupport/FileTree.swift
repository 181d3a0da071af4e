import Foundation

/// The files of a folder, for tests that compare built sites byte for byte.
public enum FileTree {
    /// Relative path → bytes of every regular file under `root` (empty when it does not exist).
    public static func contents(of root: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        let base = root.standardizedFileURL.path + "/"
        let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = enumerator?.nextObject() as? URL {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true,
                  let data = try? Data(contentsOf: url) else { continue }
            files[String(url.standardizedFileURL.path.dropFirst(base.count))] = data
        }
        return files
    }
}
