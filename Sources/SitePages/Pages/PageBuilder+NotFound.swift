import IncidentModel
import SiteContent

extension PageBuilder {
    /// The 404 page: shown at any URL, so only root-relative links, and a way home in
    /// every other language.
    func notFound() -> PageView<NotFoundView> {
        let view = NotFoundView(
            heading: text(SiteText.pageNotFound),
            text: text(PageText.notFoundText),
            homeLink: LinkView(href: links.href(routes.home), text: text(SiteText.currentIncidents)),
            archiveLink: LinkView(href: links.href(routes.archive(page: 1)), text: text(SiteText.viewAllIncidents)),
            otherHomes: snapshot.routes.filter { $0.language != language }.map { other in
                LinkView(href: links.href(other.home), text: PageText.homeIn(other.language), lang: other.language.rawValue)
            })
        return PageView(
            layout: layout(title: text(SiteText.pageNotFound), route: { _ in SiteRoutes.notFound }, translated: false),
            content: view)
    }
}
