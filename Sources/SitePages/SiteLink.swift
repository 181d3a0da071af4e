import Foundation

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
        var result = basePath
        result.reserveCapacity(route.utf8.count + 1)
        for byte in route.utf8 {
            if isAllowed(byte) {
                result.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                result += "%" + hexDigits[Int(byte >> 4)] + hexDigits[Int(byte & 0x0F)]
            }
        }
        return result
    }

    private let hexDigits = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "A", "B", "C", "D", "E", "F"]

    private func isAllowed(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
            UInt8(ascii: "~"), UInt8(ascii: "/"):
            true
        default:
            false
        }
    }
}
