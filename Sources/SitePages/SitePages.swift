import Foundation
import IncidentModel
import OutputEncoding
import SiteContent

/// The HTML pages of SPEC §5 and their stylesheet, rendered from a `SiteSnapshot` with
/// mustache templates (the built-in theme, optionally overridden file by file).
public enum SitePages {
    /// All HTML pages and the stylesheet, for every language of the snapshot's configuration.
    /// `themeDirectory`: optional folder (site/theme/) whose files override the built-in theme files of the same name.
    /// Template errors (an override that does not parse) are returned as diagnostics with path:line:column where swift-mustache gives a position, never a crash.
    public static func render(_ snapshot: SiteSnapshot, themeDirectory: URL?) -> (files: [OutputFile], diagnostics: [Diagnostic]) {
        render(snapshot, themeDirectory: themeDirectory, concurrently: true)
    }

    /// Every page and asset as an `OutputPlan`: the work is done when a file is asked for,
    /// so the write stage can render and write page by page.
    /// `cache`: pages of an earlier render with the same theme and settings, reused where
    /// what they show did not change (`storingen serve`).
    public static func plan(_ snapshot: SiteSnapshot, theme: SiteTheme, cache: PageCache? = nil) -> OutputPlan {
        plan(snapshot, theme: theme.theme, concurrently: true, cache: cache)
    }

    /// The pipeline: theme → index → plan → pages (in plan order), then the theme's assets
    /// by name. Sequential and concurrent runs give the same bytes.
    static func render(
        _ snapshot: SiteSnapshot, themeDirectory: URL?, concurrently: Bool
    ) -> (files: [OutputFile], diagnostics: [Diagnostic]) {
        let (theme, diagnostics) = ThemeLoader.load(overrides: themeDirectory)
        return (plan(snapshot, theme: theme, concurrently: concurrently).files(concurrently: concurrently), diagnostics)
    }

    static func plan(_ snapshot: SiteSnapshot, theme: Theme, concurrently: Bool, cache: PageCache? = nil) -> OutputPlan {
        let index = SiteIndex(snapshot, concurrently: concurrently, cache: cache)
        let builders = snapshot.routes.map { PageBuilder(snapshot: snapshot, index: index, routes: $0) }
        let pages = PagePlan(snapshot: snapshot, index: index).pages
        let pagePlan = OutputPlan(count: pages.count) { number in
            let page = pages[number]
            let route = PagePlan.route(of: page.kind, in: builders[page.language].routes, snapshot: snapshot, index: index)
            let builder = builders[page.language].linking(fromPage: page.kind == .notFound ? nil : route)
            let path = SiteRoutes.file(for: route)
            guard let cache else {
                return OutputFile(path: path, text: render(page.kind, with: builder, theme: theme))
            }
            guard case .incident(let position) = page.kind else {
                let (template, view) = view(of: page.kind, with: builder)
                return OutputFile(path: path, contents: cache.page(.listing(page), inputs: view) { theme.render(template, view) })
            }
            let facts = index.facts[position]
            let inputs = PageCache.IncidentInputs(
                incident: facts.incident, state: facts.state, excusals: snapshot.excusals(of: facts.incident))
            let contents = cache.page(.incident(facts.incident.id, language: page.language), inputs: inputs) {
                render(page.kind, with: builder, theme: theme)
            }
            return OutputFile(path: path, contents: contents)
        }
        let assets = theme.assets.keys.sorted().map { OutputFile(path: $0, contents: theme.assets[$0]!) }
        return pagePlan + OutputPlan(assets)
    }

    private static func render(_ kind: PagePlan.Page.Kind, with builder: PageBuilder, theme: Theme) -> String {
        let (template, view) = view(of: kind, with: builder)
        return theme.render(template, view)
    }

    /// A page's template and view model.
    private static func view(of kind: PagePlan.Page.Kind, with builder: PageBuilder) -> (Theme.Page, any TemplateView) {
        switch kind {
        case .home: (.home, builder.home())
        case .archive(let page): (.archive, builder.archive(page: page))
        case .incident(let position): (.incident, builder.incident(at: position))
        case .services: (.services, builder.services())
        case .service(let slot): (.service, builder.service(at: slot))
        case .norms: (.norms, builder.norms())
        case .notFound: (.notFound, builder.notFound())
        }
    }
}
