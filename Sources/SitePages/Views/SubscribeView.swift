/// The "Volgen" block of the front page and of each service page: the feeds, the
/// maintenance calendar, the badge and (on the front page) the status API, so a seller
/// can follow the whole site or only the services they use.
struct SubscribeView: FieldedView {
    var heading: String
    var intro: String
    /// In the page's language (English pages link to the `en/` files).
    var links: [FileLinkView]

    static let fieldsName = "subscribe"
    static let fields = TemplateFields<Self>([
        .field("subscribeHeading") { $0.heading },
        .field("subscribeIntro") { $0.intro },
        .field("subscribeLinks") { $0.links },
        .field("html") { $0.builtInHTML },
    ])
}

/// A link to a file for software rather than people (a feed, a calendar, a badge, JSON),
/// with its media type, so readers and browsers know what they will get.
struct FileLinkView: FieldedView {
    var href: String
    var text: String
    /// `application/atom+xml`, `text/calendar`, …
    var mediaType: String

    static let fieldsName = "file link"
    static let fields = TemplateFields<Self>([
        .field("href") { $0.href },
        .field("text") { $0.text },
        .field("mediaType") { $0.mediaType },
    ])
}
