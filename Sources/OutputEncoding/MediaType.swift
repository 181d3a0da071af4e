/// The media type a web server sends a file with. The renderer that makes a file knows
/// what it made, so it names the type on the `OutputFile`; `serve` answers with it and
/// no one guesses from the file name.
public struct MediaType: Sendable, Hashable, CustomStringConvertible {
    /// The `Content-Type` header's value, parameters included: `text/html; charset=utf-8`.
    public let value: String

    public init(_ value: String) {
        self.value = value
    }

    /// The type without parameters (`text/calendar`), as a link's `type` attribute states it.
    public var essence: String {
        String(value.prefix { $0 != ";" })
    }

    public var description: String { value }

    public static let html = MediaType("text/html; charset=utf-8")
    public static let css = MediaType("text/css; charset=utf-8")
    public static let javascript = MediaType("text/javascript; charset=utf-8")
    public static let json = MediaType("application/json")
    public static let atom = MediaType("application/atom+xml")
    public static let rss = MediaType("application/rss+xml")
    public static let xml = MediaType("application/xml")
    public static let calendar = MediaType("text/calendar; charset=utf-8")
    public static let csv = MediaType("text/csv; charset=utf-8")
    public static let text = MediaType("text/plain; charset=utf-8")
    public static let svg = MediaType("image/svg+xml")
    public static let png = MediaType("image/png")
    public static let icon = MediaType("image/vnd.microsoft.icon")
    public static let woff2 = MediaType("font/woff2")
}
