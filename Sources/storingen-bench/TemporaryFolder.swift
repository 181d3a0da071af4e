import Foundation

/// A fresh folder under the system's temporary directory (made with `mkdtemp`),
/// removed by `remove()` unless the user asked to keep it.
struct TemporaryFolder {
    let path: String

    init(prefix: String) throws {
        let base = NSTemporaryDirectory().hasSuffix("/") ? NSTemporaryDirectory() : NSTemporaryDirectory() + "/"
        var template = Array("\(base)\(prefix)-XXXXXX".utf8CString)
        let created = template.withUnsafeMutableBufferPointer { buffer -> String? in
            guard let start = buffer.baseAddress, mkdtemp(start) != nil else { return nil }
            return String(cString: start)
        }
        guard let created else { throw BenchError.system("mkdtemp", errno) }
        path = created
    }

    /// `name` inside this folder.
    func appending(_ name: String) -> String { path + "/" + name }

    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}
