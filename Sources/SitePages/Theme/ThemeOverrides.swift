import Mustache

/// The `.mustache` files of `site/theme/`, compiled: page templates, which render a
/// page's main content over its view; `layout.mustache`, which renders the frame with the
/// content in `{{{main}}}`; fragment templates (`incident-card`, …), which the built-in
/// pages use instead of their own; and any other file as a partial.
///
/// Templates written for the earlier template theme keep working: `{{<layout}}{{$main}}…`
/// yields the main content, and the built-in fragments are partials that render as built
/// in (`{{>incident-card}}`).
struct ThemeOverrides: Sendable {
    /// The templates pages and fragments render with.
    let library: MustacheLibrary
    /// The templates the frame renders with, when `layout.mustache` is overridden.
    let frame: MustacheLibrary?
    /// The page kinds overridden, by template name.
    let pages: Set<String>
    let fragments: Set<ThemeFragment>

    /// What a built-in fragment or the layout is as a partial of an override.
    static let shims: [String: String] = {
        var shims = Dictionary(uniqueKeysWithValues: ThemeFragment.allCases.map { ($0.rawValue, "{{{html}}}") })
        shims[ThemeFragment.facts.rawValue] = "{{{factsHTML}}}"
        shims[Theme.layout] = "{{$main}}{{/main}}"
        return shims
    }()

    /// The page's main content from its override, or nil when the page is built in.
    func render(page: String, _ view: some MustacheParent) -> String? {
        guard pages.contains(page) else { return nil }
        return library.render(view, withTemplate: page)
    }

    /// A fragment from its override, or nil when it is built in.
    func render(_ fragment: ThemeFragment, _ view: some MustacheParent) -> String? {
        guard fragments.contains(fragment) else { return nil }
        return library.render(view, withTemplate: fragment.rawValue)
    }

    /// The whole page from `layout.mustache`, or nil when the frame is built in.
    func renderFrame(_ layout: LayoutView, main: String) -> String? {
        frame?.render(FrameView(layout: layout, main: main), withTemplate: Theme.layout)
    }
}

/// What `layout.mustache` sees: the layout's fields and the rendered page in `main`.
struct FrameView: MustacheParent {
    let layout: LayoutView
    let main: String

    func child(named name: String) -> Any? {
        name == "main" ? main : layout.child(named: name)
    }
}
