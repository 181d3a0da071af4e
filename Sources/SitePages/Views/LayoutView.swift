/// What `layout.mustache` shows around every page: head links, header, menu and footer.
struct LayoutView: FieldedView {
    /// `nl` or `en`, for `<html lang>`.
    var lang: String
    /// `<title>`: the page's title and the site's.
    var documentTitle: String
    var siteTitle: String
    var siteDescription: String
    var canonicalURL: String
    /// The same page in every language (`hreflang`), and `x-default`.
    var alternates: [AlternateView]
    /// `prev`/`next` of paginated pages.
    var relLinks: [RelLinkView]
    var homeHref: String
    var stylesheetHref: String
    var iconHref: String
    var atomFeed: LinkView
    var rssFeed: LinkView
    /// The page's own feeds besides the site's (a service page's), for `<head>`.
    var pageFeeds: [FileLinkView] = []
    var excusedJSON: LinkView
    var skipLabel: String
    var mainMenuLabel: String
    var navItems: [LinkView]
    /// "Alle tijden zijn Nederlandse tijd (Europe/Amsterdam)."
    var timeZoneNote: String
    var followLabel: String
    var languageMenuLabel: String
    /// The other languages' version of this page.
    var languageLinks: [LinkView]
    /// "Bijgewerkt op" and when the site was built (the moment it describes, to the
    /// minute), so a reader can tell a quiet page from one that stopped being rebuilt.
    var updatedLabel: String
    var builtAt: TimeView
    /// Shown by the freshness script once the reader's clock passes `builtAt` plus
    /// `staleAfter` seconds (`site.yml` `staleAfter`).
    var staleWarning: String
    var staleAfter: Int
    /// `site/theme/`'s `head.html`, `header.html` and `footer.html`, verbatim.
    var slots = ThemeSlots()

    static let fieldsName = "layout"
    static let fields = TemplateFields<Self>([
        .field("lang") { $0.lang },
        .field("documentTitle") { $0.documentTitle },
        .field("siteTitle") { $0.siteTitle },
        .field("siteDescription") { $0.siteDescription },
        .field("canonicalURL") { $0.canonicalURL },
        .field("alternates") { $0.alternates },
        .field("relLinks") { $0.relLinks },
        .field("homeHref") { $0.homeHref },
        .field("stylesheetHref") { $0.stylesheetHref },
        .field("iconHref") { $0.iconHref },
        .field("atomFeed") { $0.atomFeed },
        .field("rssFeed") { $0.rssFeed },
        .field("pageFeeds") { $0.pageFeeds },
        .field("excusedJSON") { $0.excusedJSON },
        .field("skipLabel") { $0.skipLabel },
        .field("mainMenuLabel") { $0.mainMenuLabel },
        .field("navItems") { $0.navItems },
        .field("timeZoneNote") { $0.timeZoneNote },
        .field("followLabel") { $0.followLabel },
        .field("languageMenuLabel") { $0.languageMenuLabel },
        .field("languageLinks") { $0.languageLinks },
        .field("hasLanguageLinks") { !$0.languageLinks.isEmpty },
        .field("updatedLabel") { $0.updatedLabel },
        .field("builtAt") { $0.builtAt },
        .field("staleWarning") { $0.staleWarning },
        .field("staleAfter", note: "seconds") { $0.staleAfter },
        .field("freshnessScriptHTML") { _ in Freshness.script },
        .field("headHTML") { $0.slots.head },
        .field("headerHTML") { $0.slots.header },
        .field("footerHTML") { $0.slots.footer },
        // The slots as the built-in layout places them, for `layout.mustache` to do the same.
        .field("headSlotHTML") { ThemeSlots.onLinesOfItsOwn($0.slots.head) },
        .field("headerSlotHTML") { ThemeSlots.onLinesOfItsOwn($0.slots.header) },
        .field("footerSlotHTML") { ThemeSlots.onLinesOfItsOwn($0.slots.footer) },
    ])
}

/// `<link rel="alternate" hreflang="en" href="…">`.
struct AlternateView: FieldedView {
    var hreflang: String
    var href: String

    static let fieldsName = "alternate"
    static let fields = TemplateFields<Self>([
        .field("hreflang") { $0.hreflang },
        .field("href") { $0.href },
    ])
}

/// `<link rel="next" href="…">`.
struct RelLinkView: FieldedView {
    var rel: String
    var href: String

    static let fieldsName = "rel link"
    static let fields = TemplateFields<Self>([
        .field("rel") { $0.rel },
        .field("href") { $0.href },
    ])
}
