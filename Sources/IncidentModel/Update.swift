import Foundation

/// One timestamped entry of an incident's timeline.
public struct Update: Sendable, Hashable {
    /// When the update was posted, as an absolute instant.
    public var instant: Date
    public var status: UpdateStatus
    /// The update's text, Markdown exactly as written in the file.
    public var body: String
    /// Where the update's heading starts.
    public var location: SourceLocation
    /// `body` as safe HTML, when the parser rendered it from the file's own Markdown tree
    /// (for a build, which shows every update); nil leaves rendering `body` to the site.
    public var html: String?

    public init(instant: Date, status: UpdateStatus, body: String, location: SourceLocation, html: String? = nil) {
        self.instant = instant
        self.status = status
        self.body = body
        self.location = location
        self.html = html
    }
}
