import SiteContent

/// The HTML pages to render, in output order: each page of every kind in every language,
/// the pages that are not translated (the 404 page) once in the default language. The
/// plan fixes the output order; rendering may then happen in any order.
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
        for language in snapshot.routes.indices {
            pages += translated.map { Page(language: language, kind: $0) }
        }
        if !snapshot.routes.isEmpty {
            pages += all.filter { !type(of: $0).isTranslated }.map { Page(language: 0, kind: $0) }
        }
        self.pages = pages
    }
}
