import Foundation
import IncidentModel
import SiteContent

/// How a page links to the rest of the site: relative to the page itself
/// (`../../services/orders/` from an incident page), so the same files work wherever
/// they are served: at a domain's root, under `/REPO/` on GitHub Pages, or from a
/// preview folder. The 404 page is the exception: hosts show it at any URL, so it links
/// from the base URL's path (`/status/incidents/x/`).
struct SiteLink: Sendable {
    private enum Origin: Sendable {
        /// The folders of the page's route, percent-encoded: `["en", "incidents", "x"]`.
        case page(folders: [[UInt8]])
        /// The base path, from `/` to `/`.
        case basePath(String)
    }

    private let origin: Origin

    /// Links from the page at `route` (`incidents/x/`, `en/`, `404.html`).
    init(fromPage route: String) {
        var encoded = SiteRoutes.percentEncoded(route)
        // Every folder before the last `/`; what follows it is the page's file (or nothing).
        origin = .page(folders: encoded.withUTF8 { bytes in
            var folders: [[UInt8]] = []
            var start = 0
            for index in bytes.indices where bytes[index] == UInt8(ascii: "/") {
                folders.append(Array(bytes[start..<index]))
                start = index + 1
            }
            return folders
        })
    }

    /// Links from the site's base path (`/status/`), for pages shown at any URL.
    init(fromBasePath basePath: String) {
        var path = basePath.hasPrefix("/") ? basePath : "/" + basePath
        if !path.hasSuffix("/") { path += "/" }
        origin = .basePath(path)
    }

    /// The href of a route, with everything outside the URL path's unreserved characters
    /// percent-encoded, so a file name with a space or a quote still gives a valid link.
    /// From a page, the href climbs only out of the folders the two do not share.
    func href(_ route: String) -> String {
        let target = SiteRoutes.percentEncoded(route)
        switch origin {
        case .basePath(let path):
            return path + target
        case .page(let folders):
            // Every link of every page comes through here: compare and build bytes.
            var target = target
            return target.withUTF8 { bytes in
                var offset = 0
                var shared = 0
                for folder in folders {
                    let end = offset + folder.count
                    guard end < bytes.count, bytes[end] == UInt8(ascii: "/"),
                          bytes[offset..<end].elementsEqual(folder)
                    else { break }
                    offset = end + 1
                    shared += 1
                }
                let climbs = folders.count - shared
                guard climbs > 0 || offset < bytes.count else { return "./" }
                return ShortText.make(capacity: climbs * 3 + bytes.count - offset) { href in
                    for _ in 0..<climbs {
                        href.append(UInt8(ascii: "."))
                        href.append(UInt8(ascii: "."))
                        href.append(UInt8(ascii: "/"))
                    }
                    href.append(UnsafeBufferPointer(rebasing: bytes[offset...]))
                }
            }
        }
    }
}
