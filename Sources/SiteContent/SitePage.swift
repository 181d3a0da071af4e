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
    /// A service's incidents of one year.
    case serviceYear(slot: Int, year: Int)
    /// "Servicenormen": every norm in short.
    case norms
    /// A norm, by its position in the excusal report (catalogue order).
    case norm(slot: Int)
    /// A norm's windows (one page of them, 1-based) and periods of one year.
    case normYear(slot: Int, year: Int, page: Int)
    /// One evaluation period of a norm with excused time, by its position in the norm's periods.
    case normPeriod(slot: Int, period: Int)
    /// Shown by hosts at any unknown URL; only in the default language.
    case notFound

    /// Whether the page exists in every language (the 404 page does not).
    public var isTranslated: Bool { self != .notFound }
}

extension SiteSnapshot {
    /// Every page in site order: home, archive pages, incidents (newest first, one per
    /// id), services, each service with its years, norms, each norm with its years and
    /// periods, and the 404 page last.
    public var pages: [SitePage] {
        var pages: [SitePage] = [.home]
        pages += (1...archivePageCount).map { .archive(page: $0) }
        pages += facts.indices.filter(ownsPage).map { .incident(position: $0) }
        pages.append(.services)
        for slot in configuration.catalogue.services.indices {
            pages.append(.service(slot: slot))
            pages += years.services[slot].map { .serviceYear(slot: slot, year: $0.year) }
        }
        pages.append(.norms)
        for (slot, excusal) in excusal.norms.enumerated() {
            pages.append(.norm(slot: slot))
            for (index, year) in years.norms[slot].enumerated() {
                pages += (1...years.pageCount(norm: slot, yearAt: index)).map { .normYear(slot: slot, year: year, page: $0) }
            }
            pages += excusal.periods.indices.filter { excusal.periods[$0].excusedSeconds > 0 }.map { .normPeriod(slot: slot, period: $0) }
        }
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
        case .serviceYear(let slot, let year): routes.service(configuration.catalogue.services[slot].key, year: year)
        case .norms: routes.norms
        case .norm(let slot): routes.norm(excusal.norms[slot].norm.key)
        case .normYear(let slot, let year, let page): routes.norm(excusal.norms[slot].norm.key, year: year, page: page)
        case .normPeriod(let slot, let period): routes.norm(excusal.norms[slot].norm.key, period: excusal.norms[slot].periods[period].period)
        case .notFound: SiteRoutes.notFound
        }
    }
}
