import SiteContent

/// The HTML pages to render, in output order: each page of `SiteSnapshot.pages` in every
/// language, the 404 page once in the default language. The plan fixes the output
/// order; rendering may then happen in any order.
struct PagePlan: Sendable {
    /// One HTML page to render.
    struct Page: Sendable, Hashable {
        /// Position in `snapshot.routes`; 0 is the default language.
        var language: Int
        var kind: SitePage
    }

    let pages: [Page]

    init(snapshot: SiteSnapshot) {
        let sitePages = snapshot.pages
        var pages: [Page] = []
        for language in snapshot.routes.indices {
            pages += sitePages.filter(\.isTranslated).map { Page(language: language, kind: $0) }
        }
        if !snapshot.routes.isEmpty {
            pages += sitePages.filter { !$0.isTranslated }.map { Page(language: 0, kind: $0) }
        }
        self.pages = pages
    }
}
