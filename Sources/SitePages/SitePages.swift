import Foundation
import IncidentModel
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
    /// `incidentPages`: pages of an earlier render with the same theme and settings, reused
    /// where their incident did not change (`storingen serve`).
    public static func plan(
        _ snapshot: SiteSnapshot, themeDirectory: URL?, incidentPages: IncidentPageCache? = nil
    ) -> (plan: OutputPlan, diagnostics: [Diagnostic]) {
        plan(snapshot, themeDirectory: themeDirectory, concurrently: true, incidentPages: incidentPages)
    }

    /// The pipeline: theme → index → plan → pages (in plan order), then the theme's assets
    /// by name. Sequential and concurrent runs give the same bytes.
    static func render(
        _ snapshot: SiteSnapshot, themeDirectory: URL?, concurrently: Bool
    ) -> (files: [OutputFile], diagnostics: [Diagnostic]) {
        let (plan, diagnostics) = plan(snapshot, themeDirectory: themeDirectory, concurrently: concurrently)
        return (plan.files(concurrently: concurrently), diagnostics)
    }

    static func plan(
        _ snapshot: SiteSnapshot, themeDirectory: URL?, concurrently: Bool, incidentPages: IncidentPageCache? = nil
    ) -> (plan: OutputPlan, diagnostics: [Diagnostic]) {
        let (theme, diagnostics) = ThemeLoader.load(overrides: themeDirectory)
        let index = SiteIndex(snapshot, concurrently: concurrently)
        let builders = snapshot.routes.map { PageBuilder(snapshot: snapshot, index: index, routes: $0) }
        let pages = PagePlan(snapshot: snapshot, index: index).pages
        let pagePlan = OutputPlan(count: pages.count) { number in
            let page = pages[number]
            let builder = builders[page.language]
            let route = PagePlan.route(of: page.kind, in: builder.routes, snapshot: snapshot, index: index)
            guard let incidentPages, case .incident(let position) = page.kind else {
                return OutputFile(path: SiteRoutes.file(for: route), text: render(page.kind, with: builder, theme: theme))
            }
            let facts = index.facts[position]
            let inputs = IncidentPageCache.Inputs(
                incident: facts.incident, state: facts.state, excusals: snapshot.excusals(of: facts.incident))
            let html = incidentPages.page(language: page.language, inputs: inputs) {
                render(page.kind, with: builder, theme: theme)
            }
            return OutputFile(path: SiteRoutes.file(for: route), text: html)
        }
        let assets = theme.assets.keys.sorted().map { OutputFile(path: $0, contents: theme.assets[$0]!) }
        return (pagePlan + OutputPlan(assets), diagnostics)
    }

    private static func render(_ kind: PagePlan.Page.Kind, with builder: PageBuilder, theme: Theme) -> String {
        switch kind {
        case .home: theme.render(.home, builder.home())
        case .archive(let page): theme.render(.archive, builder.archive(page: page))
        case .incident(let position): theme.render(.incident, builder.incident(at: position))
        case .services: theme.render(.services, builder.services())
        case .service(let slot): theme.render(.service, builder.service(at: slot))
        case .norms: theme.render(.norms, builder.norms())
        case .notFound: theme.render(.notFound, builder.notFound())
        }
    }
}
