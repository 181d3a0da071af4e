import SiteContent

/// The HTML pages to render, in output order: each page of every kind in every language
/// (one page's languages one after the other, so what they share, such as a period's
/// explanations, is worked out once and let go), the pages that are not translated (the
/// 404 page) once in the default language. The plan fixes the output order; rendering
/// may then happen in any order.
struct PagePlan: Sendable {
    /// One HTML page to render.
    struct Page: Sendable {
        /// Position in `snapshot.routes`; 0 is the default language.
        var language: Int
        var kind: any PageKind
    }

    let pages: [Page]

    init(snapshot: SiteSnapshot) {
        self.init(snapshot: snapshot, kinds: PageKinds.pages(in: snapshot))
    }

    /// The plan of `all`: the snapshot's pages (`PageKinds.pages(in:)`), or those a render
    /// with a cache visits.
    init(snapshot: SiteSnapshot, kinds all: [any PageKind]) {
        let translated = all.filter { type(of: $0).isTranslated }
        var pages: [Page] = []
        pages.reserveCapacity(translated.count * snapshot.routes.count + 1)
        for kind in translated {
            for language in snapshot.routes.indices { pages.append(Page(language: language, kind: kind)) }
        }
        if !snapshot.routes.isEmpty {
            pages += all.filter { !type(of: $0).isTranslated }.map { Page(language: 0, kind: $0) }
        }
        self.pages = pages
    }
}
