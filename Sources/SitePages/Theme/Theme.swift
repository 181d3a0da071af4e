import Foundation
import OutputEncoding

/// What one render's pages look like: the built-in theme (typed renderers, stylesheet,
/// icon), the `site/theme/` files laid over it, and nothing of swift-mustache unless a
/// page or fragment is overridden.
struct Theme: Sendable {
    /// Files copied to the site root as they are (`style.css`, `favicon.svg`), by name.
    let assets: [String: Data]
    /// HTML inserted verbatim into every page, for branding without an override.
    let slots: ThemeSlots
    /// The `.mustache` overrides; nil when there are none, so the built-in pages never
    /// pay a template engine's cost.
    let overrides: ThemeOverrides?

    /// The template name of the frame around every page.
    static let layout = "layout"
    /// The file that holds the stylesheet, in the built-in theme and in overrides.
    static let stylesheetFile = "style.css"
    /// The site's icon, so browsers do not ask for a missing /favicon.ico.
    static let iconFile = "favicon.svg"
    /// Kinds of theme files published unchanged, by file name extension, with the media
    /// type they are served with; templates are the `.mustache` files.
    static let assetTypes: [String: MediaType] = [
        "css": .css, "svg": .svg, "png": .png, "ico": .icon, "woff2": .woff2, "txt": .text,
    ]
    static let templateExtension = ".mustache"

    /// Files the site generates at its root whose names an asset could have: a theme
    /// file of that name would claim the same path twice.
    static let generatedNames: Set<String> = ["badge.svg", "robots.txt"]

    /// Whether a theme file is an asset that is copied to the site.
    static func isAsset(_ name: String) -> Bool {
        assetTypes[(name as NSString).pathExtension.lowercased()] != nil
    }

    /// The media type of an asset, by its extension (`isAsset` admitted it).
    static func assetType(of name: String) -> MediaType {
        assetTypes[(name as NSString).pathExtension.lowercased()] ?? MediaType("application/octet-stream")
    }

    /// The built-in theme alone.
    static let builtIn = Theme(
        assets: BuiltInAssets.files.mapValues { Data($0.utf8) }, slots: ThemeSlots(), overrides: nil)
}

/// The pieces of the built-in pages a `.mustache` file of the same name replaces.
enum ThemeFragment: String, Sendable, CaseIterable {
    case incidentCard = "incident-card"
    case incidentRow = "incident-row"
    case facts
    case timeRange = "time-range"
    case dayBar = "day-bar"

    /// The view the fragment's template reads.
    var view: any FieldedView.Type {
        switch self {
        case .incidentCard: IncidentCardView.self
        case .incidentRow: IncidentRowView.self
        case .facts: FactView.self
        case .timeRange: WindowTextView.self
        case .dayBar: DayBarView.self
        }
    }
}

/// `head.html`, `header.html` and `footer.html` of `site/theme/`: a logo, a web-font
/// link or a contact line on every page, inserted verbatim.
struct ThemeSlots: Sendable, Equatable {
    /// At the end of `<head>`.
    var head = ""
    /// At the start of the site header, before the site's title.
    var header = ""
    /// At the end of the footer.
    var footer = ""

    static let files = ["head.html", "header.html", "footer.html"]

    /// A slot as the layout inserts it: on lines of its own, so a file saved without a
    /// final line break does not run into the markup after it; nothing when it is empty.
    static func onLinesOfItsOwn(_ slot: String) -> String {
        slot.isEmpty || slot.hasSuffix("\n") ? slot : slot + "\n"
    }

    subscript(file: String) -> String {
        get { file == "head.html" ? head : file == "header.html" ? header : footer }
        set {
            switch file {
            case "head.html": head = newValue
            case "header.html": header = newValue
            default: footer = newValue
            }
        }
    }
}
