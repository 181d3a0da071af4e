import SiteContent

/// The pages of a site as data: which page, in which language, at which path. The plan
/// fixes the output order; rendering may then happen in any order.
struct PagePlan: Sendable {
    /// One HTML page to render.
    struct Page: Sendable, Hashable {
        enum Kind: Sendable, Hashable {
            case home
            case archive(page: Int)
            case incident(position: Int)
            case services
            case service(slot: Int)
            case norms
            case notFound
        }

        /// Position in `snapshot.routes`; 0 is the default language.
        var language: Int
        var kind: Kind
    }

    let pages: [Page]

    /// Per language: home, archive pages, incident pages (newest first), services,
    /// each service, norms; then the 404 page once, in the default language.
    init(snapshot: SiteSnapshot) {
        var pages: [Page] = []
        let serviceCount = snapshot.configuration.catalogue.services.count
        for language in snapshot.routes.indices {
            pages.append(Page(language: language, kind: .home))
            for page in 1...snapshot.archivePageCount {
                pages.append(Page(language: language, kind: .archive(page: page)))
            }
            for position in snapshot.facts.indices where snapshot.ownsPage(position) {
                pages.append(Page(language: language, kind: .incident(position: position)))
            }
            pages.append(Page(language: language, kind: .services))
            for slot in 0..<serviceCount {
                pages.append(Page(language: language, kind: .service(slot: slot)))
            }
            pages.append(Page(language: language, kind: .norms))
        }
        if !snapshot.routes.isEmpty {
            pages.append(Page(language: 0, kind: .notFound))
        }
        self.pages = pages
    }

    /// The route of a page in its language.
    static func route(of kind: Page.Kind, in routes: SiteRoutes, snapshot: SiteSnapshot) -> String {
        switch kind {
        case .home: routes.home
        case .archive(let page): routes.archive(page: page)
        case .incident(let position): routes.incident(snapshot.facts[position].incident.id)
        case .services: routes.servicesIndex
        case .service(let slot): routes.service(snapshot.configuration.catalogue.services[slot].key)
        case .norms: routes.norms
        case .notFound: SiteRoutes.notFound
        }
    }
}
