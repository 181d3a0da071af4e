import Foundation

/// A file of the generated site, made in memory (rendering never touches the disk) and
/// handed to the write stage, which puts it in a staging folder, never in the live site.
public struct OutputFile: Sendable, Hashable {
    /// Relative to the output folder, with `/` separators: `en/incidents/x/index.html`.
    public var path: String
    /// What the renderer made, for the server that sends it.
    public var mediaType: MediaType
    public var contents: Data
    /// Whether `OutputCache` handed the file out unchanged since it made it: `contents`
    /// is then empty, and the bytes are where the cache's owner wrote them.
    public var isReused: Bool

    public init(path: String, mediaType: MediaType, contents: Data) {
        self.path = path
        self.mediaType = mediaType
        self.contents = contents
        isReused = false
    }

    /// A file `OutputCache` reuses: its path and type, without its bytes.
    init(reusing path: String, mediaType: MediaType) {
        self.init(path: path, mediaType: mediaType, contents: Data())
        isReused = true
    }

    public init(path: String, mediaType: MediaType, text: String) {
        self.init(path: path, mediaType: mediaType, contents: Data(text.utf8))
    }
}
