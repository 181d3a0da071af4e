import Foundation
import Mustache

/// The compiled templates and the assets (stylesheet, icon) one render uses: the built-in
/// theme with any valid override files laid over it.
struct Theme: Sendable {
    /// Every template by name (file name without `.mustache`), partials included.
    let library: MustacheLibrary
    /// Files copied to the site root as they are (`style.css`, `favicon.svg`), by name.
    let assets: [String: Data]

    /// The templates that render whole pages; each extends `layout` through `{{<layout}}`.
    enum Page: String, Sendable, CaseIterable {
        case home
        case archive
        case incident
        case services
        case service
        case norms
        case notFound = "not-found"
    }

    /// The file that holds the stylesheet, in the built-in theme and in overrides.
    static let stylesheetFile = "style.css"
    /// The site's icon, so browsers do not ask for a missing /favicon.ico.
    static let iconFile = "favicon.svg"
    /// Kinds of theme files published unchanged; templates are the `.mustache` files.
    static let assetExtensions: Set<String> = ["css", "svg", "png", "ico", "woff2", "txt"]

    /// Whether a theme file is an asset that is copied to the site.
    static func isAsset(_ name: String) -> Bool {
        assetExtensions.contains((name as NSString).pathExtension.lowercased())
    }
    static let templateExtension = ".mustache"

    /// A page rendered with its template; "" only if the template is missing, which the
    /// built-in theme rules out.
    func render(_ page: Page, _ view: some TemplateView) -> String {
        library.render(view, withTemplate: page.rawValue) ?? ""
    }
}
