/// What `layout.mustache` shows around every page: head links, header, menu and footer.
struct LayoutView: TemplateView {
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

    func child(named name: String) -> Any? {
        switch name {
        case "lang": lang
        case "documentTitle": documentTitle
        case "siteTitle": siteTitle
        case "siteDescription": siteDescription
        case "canonicalURL": canonicalURL
        case "alternates": alternates
        case "relLinks": relLinks
        case "homeHref": homeHref
        case "stylesheetHref": stylesheetHref
        case "iconHref": iconHref
        case "atomFeed": atomFeed
        case "rssFeed": rssFeed
        case "pageFeeds": pageFeeds
        case "excusedJSON": excusedJSON
        case "skipLabel": skipLabel
        case "mainMenuLabel": mainMenuLabel
        case "navItems": navItems
        case "timeZoneNote": timeZoneNote
        case "followLabel": followLabel
        case "languageMenuLabel": languageMenuLabel
        case "languageLinks": languageLinks
        case "hasLanguageLinks": !languageLinks.isEmpty
        case "updatedLabel": updatedLabel
        case "builtAt": builtAt
        case "staleWarning": staleWarning
        case "staleAfter": staleAfter
        case "freshnessScriptHTML": Freshness.script
        case "headHTML": slots.head
        case "headerHTML": slots.header
        case "footerHTML": slots.footer
        // The slots as the built-in layout places them, for `layout.mustache` to do the same.
        case "headSlotHTML": ThemeSlots.onLinesOfItsOwn(slots.head)
        case "headerSlotHTML": ThemeSlots.onLinesOfItsOwn(slots.header)
        case "footerSlotHTML": ThemeSlots.onLinesOfItsOwn(slots.footer)
        default: nil
        }
    }
}

/// `<link rel="alternate" hreflang="en" href="…">`.
struct AlternateView: TemplateView {
    var hreflang: String
    var href: String

    func child(named name: String) -> Any? {
        switch name {
        case "hreflang": hreflang
        case "href": href
        default: nil
        }
    }
}

/// `<link rel="next" href="…">`.
struct RelLinkView: TemplateView {
    var rel: String
    var href: String

    func child(named name: String) -> Any? {
        switch name {
        case "rel": rel
        case "href": href
        default: nil
        }
    }
}
