import Foundation
import IncidentModel
import OutputEncoding
import SiteContent

/// The HTML pages of docs/site-and-theme.md (Building the site), their badges and the
/// theme's assets, rendered from a
/// `SiteSnapshot` by the built-in typed renderers, or by `.mustache` overrides for the
/// page kinds a site's theme replaces.
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
    /// what they show did not change (`storingen serve`). `buildTime`: placeholders make
    /// a page's bytes independent of the minute, for `buildTimeStamps(_:)` to fill in.
    public static func plan(
        _ snapshot: SiteSnapshot, theme: SiteTheme, cache: OutputCache? = nil, buildTime: BuildTimeStamps.Form = .written
    ) -> OutputPlan {
        plan(snapshot, theme: theme.theme, concurrently: true, cache: cache, buildTime: buildTime)
    }

    /// What replaces the placeholders of pages planned with `.placeholders`: the
    /// snapshot's build time, and the moment it describes where a window runs to it, as
    /// each language's pages write them.
    public static func buildTimeStamps(_ snapshot: SiteSnapshot) -> BuildTimeStamps {
        var values: [String: String] = [:]
        for routes in snapshot.routes {
            let language = routes.language
            let dates = SiteDateFormatter(language: language, clock: snapshot.excusal.clock)
            let builtAt = TimeView.long(snapshot.builtAt, dates)
            values[PageBuilder.builtAtDatetime] = MarkupEscaping.escaped(builtAt.datetime, rules: .html)
            values[PageBuilder.builtAtText(language)] = MarkupEscaping.escaped(builtAt.text, rules: .html)
            let moment = TimeView.explanation(snapshot.moment.instant, dates)
            values[PageBuilder.momentDatetime] = MarkupEscaping.escaped(moment.datetime, rules: .html)
            values[PageBuilder.momentText(language)] = MarkupEscaping.escaped(moment.text, rules: .html)
        }
        return BuildTimeStamps(values)
    }

    /// The pipeline: theme → index → plan → pages (in plan order), then the theme's assets
    /// by name. Sequential and concurrent runs give the same bytes.
    static func render(
        _ snapshot: SiteSnapshot, themeDirectory: URL?, concurrently: Bool
    ) -> (files: [OutputFile], diagnostics: [Diagnostic]) {
        let (theme, diagnostics) = ThemeLoader.load(overrides: themeDirectory)
        return (plan(snapshot, theme: theme, concurrently: concurrently).files(concurrently: concurrently), diagnostics)
    }

    static func plan(
        _ snapshot: SiteSnapshot, theme: Theme, concurrently: Bool, cache: OutputCache? = nil,
        buildTime: BuildTimeStamps.Form = .written
    ) -> OutputPlan {
        let dayBars = ServiceDayBars(snapshot)
        let derivations = NormDerivations(snapshot)
        let builders = snapshot.routes.map {
            PageBuilder(
                snapshot: snapshot, dayBars: dayBars, derivations: derivations, routes: $0, slots: theme.slots,
                buildTime: buildTime)
        }
        let kinds = PageKinds.pages(in: snapshot)
        // With a cache, the pages of unchanged incidents and periods are not visited at
        // all; the sitemap still lists every page.
        let builtAt = buildTime == .written ? snapshot.builtAt : nil
        let plan = PagePlan(snapshot: snapshot, kinds: cache.map { cache in
            PageKinds.pages(in: snapshot, visited: (
                IncidentPage.visited(in: snapshot, cache: cache, token: AnyHashable(builtAt)),
                // The moment a period page states as text; nil while it holds a placeholder.
                NormPeriodPage.visited(in: snapshot, cache: cache, token: AnyHashable(buildTime == .written ? snapshot.moment : nil))))
        } ?? kinds)
        let translatedCount = kinds.count { type(of: $0).isTranslated }
        let pages = plan.pages
        let pagePlan = OutputPlan(count: pages.count) { number in
            let page = pages[number]
            return file(page.kind, builder: builders[page.language], theme: theme, cache: cache)
        }
        let assets = theme.assets.keys.sorted().map { path in
            let contents = theme.assets[path]!
            let type = Theme.assetType(of: path)
            return cache?.file(path, type, inputs: contents) { contents } ?? OutputFile(path: path, mediaType: type, contents: contents)
        }
        return pagePlan + OutputPlan(badges(snapshot, cache: cache)) + embeds(snapshot, builders: builders, cache: cache)
            + sitemap(snapshot, pages: kinds, translatedCount: translatedCount, cache: cache) + OutputPlan(assets)
    }

    /// `embed/banner.html` and `embed/<service>/banner.html` in every language, and the
    /// web component `embed/storingen-banner.js`.
    static func embeds(_ snapshot: SiteSnapshot, builders: [PageBuilder], cache: OutputCache?) -> OutputPlan {
        let services = snapshot.configuration.catalogue.services.map(\.key)
        let banners = builders.flatMap { builder in
            [(builder, nil as ServiceKey?)] + services.map { (builder, $0 as ServiceKey?) }
        }
        let bannerPlan = OutputPlan(count: banners.count) { number in
            let (language, scope) = banners[number]
            let route = scope.map(language.routes.serviceBanner) ?? language.routes.banner
            let view = language.linking(fromPage: route).banner(scope: scope)
            let make = { () -> Data in
                var html = HTMLWriter(capacity: 4_096)
                view.write(to: &html)
                return Data(html.bytes)
            }
            return cache?.file(route, .html, inputs: view, make: make) ?? OutputFile(path: route, mediaType: .html, contents: make())
        }
        let script = OutputPlan(count: 1) { _ in
            let text = EmbedScript.text(snapshot.configuration)
            return cache?.file(SiteRoutes.embedScript, .javascript, inputs: text) { Data(text.utf8) }
                ?? OutputFile(path: SiteRoutes.embedScript, mediaType: .javascript, text: text)
        }
        return bannerPlan + script
    }

    /// One page in one language (`language` builds its views): made, or taken from
    /// `cache` when what it is made of did not change. Its inputs are compared where the
    /// kind names them, else its whole view (built, compared, and rendered only if it
    /// differs). The page's own builder (its links) is made only when the page is.
    private static func file<Kind: PageKind>(
        _ page: Kind, builder language: PageBuilder, theme: Theme, cache: OutputCache?
    ) -> OutputFile {
        let route = page.route(in: language.routes, of: language.snapshot)
        let path = SiteRoutes.file(for: route)
        // Hosts show a page that is not translated (404) at any URL: it links from the base URL's path.
        func builder() -> PageBuilder { language.linking(fromPage: Kind.isTranslated ? route : nil) }
        guard let cache else {
            return OutputFile(path: path, mediaType: .html, contents: Data(render(page.view(builder()), Kind.templateName, theme: theme)))
        }
        if let inputs = page.inputs(language) {
            // Every page says when the site was built, so that is an input of each, unless
            // the page holds a placeholder in its place.
            func stamped<Inputs: Equatable & Sendable>(_ inputs: Inputs) -> OutputFile {
                let builtAt = language.buildTime == .written ? language.snapshot.builtAt : nil
                return cache.file(
                    path, .html, inputs: PageInputs.Stamped(inputs: inputs, builtAt: builtAt),
                    member: page.member(of: language.snapshot)
                ) {
                    Data(render(page.view(builder()), Kind.templateName, theme: theme))
                }
            }
            return stamped(inputs)
        }
        let view = page.view(builder())
        return cache.file(path, .html, inputs: view) { Data(render(view, Kind.templateName, theme: theme)) }
    }

    /// `sitemap.xml` (an index of parts past 1,000 URLs): every page that exists in every
    /// language. Its entries are listed when the sitemap is made, on whichever core asks
    /// for it first, not while the plan is laid out: at 10,000 incidents that listing was
    /// a tenth of a `serve` save spent on one core.
    static func sitemap(_ snapshot: SiteSnapshot, pages kinds: [any PageKind], translatedCount: Int, cache: OutputCache?) -> OutputPlan {
        OutputPlan.group(count: SitemapRenderer.fileCount(pageCount: translatedCount, snapshot)) {
            SitemapRenderer.render(snapshot, pages: SitemapRenderer.pages(of: kinds, snapshot), cache: cache)
        }
    }

    /// `badge.svg` and `services/<key>/badge.svg` in every language: the state of the
    /// site and of each service, as the front page shows it.
    static func badges(_ snapshot: SiteSnapshot, cache: OutputCache? = nil) -> [OutputFile] {
        let status = snapshot.status
        guard let cache else { return badges(snapshot) }
        return badges(snapshot).map { file in cache.file(file.path, file.mediaType, inputs: status) { file.contents } }
    }

    private static func badges(_ snapshot: SiteSnapshot) -> [OutputFile] {
        let status = snapshot.status
        let services = snapshot.configuration.catalogue.services
        return snapshot.routes.flatMap { routes in
            let language = routes.language
            let overall = StatusBadge(
                label: PageText.badgeLabel[language],
                message: PageText.statusLine(status.overall, services: status.affected.map { services[$0].name[language] }, in: language),
                state: status.overall)
            return [OutputFile(path: routes.badge, mediaType: .svg, text: overall.svg)] + services.indices.map { slot in
                let badge = StatusBadge(
                    label: services[slot].name[language], message: PageText.label(for: status.services[slot])[language],
                    state: status.services[slot])
                return OutputFile(path: routes.serviceBadge(services[slot].key), mediaType: .svg, text: badge.svg)
            }
        }
    }

    /// A page's bytes: its main content from the built-in renderer or its override, in
    /// the built-in frame or `layout.mustache`.
    static func render<Content>(_ view: PageView<Content>, _ templateName: String, theme: Theme) -> [UInt8] {
        var main = HTMLWriter(overrides: theme.overrides)
        if let text = theme.overrides?.render(page: templateName, view) {
            main.html(text)
        } else {
            view.content.write(to: &main)
        }
        if let frame = theme.overrides?.renderFrame(view.layout, main: String(decoding: main.bytes, as: UTF8.self)) {
            return Array(frame.utf8)
        }
        var html = HTMLWriter(capacity: main.bytes.count + 4_096)
        view.layout.write(to: &html, main: main.bytes)
        return html.bytes
    }
}
