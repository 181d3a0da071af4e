import Foundation
import SiteContent

/// Links from the site's base path (`/incidents/x/`, or `/status/incidents/x/` for a site
/// published under `https://example.github.io/status/`): the 404 page is shown at any
/// depth, so links never depend on the page they are on.
struct SiteLink: Sendable {
    /// The path of `baseURL`, starting and ending with `/`.
    let basePath: String

    init(basePath: String) {
        var path = basePath.hasPrefix("/") ? basePath : "/" + basePath
        if !path.hasSuffix("/") { path += "/" }
        self.basePath = path
    }

    /// The links of a site published at `baseURL`.
    init(baseURL: String) {
        self.init(basePath: URL(string: baseURL)?.path ?? "/")
    }

    /// The href of a route (`incidents/x/` → `/incidents/x/`), with everything outside
    /// the URL path's unreserved characters percent-encoded, so a file name with a space
    /// or a quote still gives a valid link to its page.
    func href(_ route: String) -> String {
        basePath + SiteRoutes.percentEncoded(route)
    }
}
