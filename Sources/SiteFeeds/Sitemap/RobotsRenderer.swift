import OutputEncoding
import SiteContent

/// `robots.txt`: every crawler may read everything, and learns where the sitemap is.
/// Crawlers read it only at the root of a host, so a site published under a path
/// (`https://example.nl/status/`) needs the host's own `robots.txt` to point here.
enum RobotsRenderer {
    static func render(_ snapshot: SiteSnapshot) -> OutputFile {
        OutputFile(path: "robots.txt", mediaType: .text, text: """
            User-agent: *
            Allow: /

            Sitemap: \(snapshot.absoluteURL("sitemap.xml"))

            """)
    }
}
