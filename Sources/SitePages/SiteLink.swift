import Foundation
import SiteContent

/// How a page links to the rest of the site: relative to the page itself
/// (`../../services/orders/` from an incident page), so the same files work wherever
/// they are served: at a domain's root, under `/REPO/` on GitHub Pages, or from a
/// preview folder. The 404 page is the exception: hosts show it at any URL, so it links
/// from the base URL's path (`/status/incidents/x/`).
struct SiteLink: Sendable {
    private enum Origin: Sendable {
        /// The folders of the page's route, percent-encoded: `["en", "incidents", "x"]`.
        case page(folders: [String])
        /// The base path, from `/` to `/`.
        case basePath(String)
    }

    private let origin: Origin

    /// Links from the page at `route` (`incidents/x/`, `en/`, `404.html`).
    init(fromPage route: String) {
        let encoded = SiteRoutes.percentEncoded(route)
        origin = .page(folders: encoded.split(separator: "/", omittingEmptySubsequences: false).dropLast().map(String.init))
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
            var rest = Substring(target)
            var shared = 0
            for folder in folders {
                guard rest.hasPrefix(folder), rest.dropFirst(folder.count).first == "/" else { break }
                rest = rest.dropFirst(folder.count + 1)
                shared += 1
            }
            let href = String(repeating: "../", count: folders.count - shared) + rest
            return href.isEmpty ? "./" : href
        }
    }
}
