import Foundation

/// A file of the generated site, held in memory until the write stage, so rendering
/// never touches the disk and a failed build leaves nothing half-written.
public struct OutputFile: Sendable, Hashable {
    /// Relative to the output folder, with `/` separators: `en/incidents/x/index.html`.
    public var path: String
    public var contents: Data

    public init(path: String, contents: Data) {
        self.path = path
        self.contents = contents
    }

    public init(path: String, text: String) {
        self.init(path: path, contents: Data(text.utf8))
    }
}
