import Foundation
import IncidentModel
import OutputEncoding

/// The site a preview answers requests from: the last render put in place in the output
/// folder, with what reading a file of it takes (media types, build-time stamps). A value,
/// so that `storingen serve` can hand it to requests while the next render is still being
/// made: a reader gets the site as it stands and never waits for a render to finish.
public struct ServedSite: Sendable {
    /// The folder that holds the files.
    public var outputDirectory: String
    /// The path of `baseURL` (`/status/`), where the site is served.
    public var basePath: String
    /// The media type of each served file, by path, as its renderer named it; empty while
    /// the folder does not hold a render.
    public var mediaTypes: OutputCache.Manifest
    /// The errors that keep the site from being rebuilt or written; empty while it is current.
    public var errors: [Diagnostic]
    /// The build time of the render, for the placeholders of the pages it wrote.
    var stamps: BuildTimeStamps

    /// A served file's bytes and media type, read from the output folder with the build
    /// time filled in; nil for a path the site does not have.
    public func file(at path: String) -> (contents: Data, mediaType: MediaType)? {
        guard let mediaType = mediaTypes[path],
              let contents = FileManager.default.contents(atPath: outputDirectory + "/" + path) else { return nil }
        return (mediaType == .html || mediaType == .json ? stamps.fill(contents) : contents, mediaType)
    }
}
