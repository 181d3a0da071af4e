import IncidentModel

/// A page of the site, the same in every language: the one list that the pages, the
/// sitemap and every link are made from, so none of them can miss a page.
public enum SitePage: Hashable, Sendable {
    /// "Actuele storingen".
    case home
    /// One page of the archive, 1-based.
    case archive(page: Int)
    /// An incident's page, by its position in `SiteSnapshot.facts`.
    case incident(position: Int)
    /// Every service with its 90-day bar.
    case services
    /// A service's page, by its position in the catalogue.
    case service(slot: Int)
    /// "Servicenormen".
    case norms
    /// Shown by hosts at any unknown URL; only in the default language.
    case notFound

    /// Whether the page exists in every language (the 404 page does not).
    public var isTranslated: Bool { self != .notFound }
}

extension SiteSnapshot {
    /// Every page in site order: home, archive pages, incidents (newest first, one per
    /// id), services, each service, norms, and the 404 page last.
    public var pages: [SitePage] {
        var pages: [SitePage] = [.home]
        pages += (1...archivePageCount).map { .archive(page: $0) }
        pages += facts.indices.filter(ownsPage).map { .incident(position: $0) }
        pages.append(.services)
        pages += configuration.catalogue.services.indices.map { .service(slot: $0) }
        pages.append(.norms)
        pages.append(.notFound)
        return pages
    }

    /// The route of `page` in a language.
    public func route(of page: SitePage, in routes: SiteRoutes) -> String {
        switch page {
        case .home: routes.home
        case .archive(let number): routes.archive(page: number)
        case .incident(let position): routes.incident(facts[position].id)
        case .services: routes.servicesIndex
        case .service(let slot): routes.service(configuration.catalogue.services[slot].key)
        case .norms: routes.norms
        case .notFound: SiteRoutes.notFound
        }
    }
}
