/// The "Volgen" block of the front page and of each service page: the feeds, the
/// maintenance calendar, the badge and (on the front page) the status API, so a seller
/// can follow the whole site or only the services they use.
struct SubscribeView: TemplateView {
    var heading: String
    var intro: String
    /// In the page's language (English pages link to the `en/` files).
    var links: [FileLinkView]

    func child(named name: String) -> Any? {
        switch name {
        case "subscribeHeading": heading
        case "subscribeIntro": intro
        case "subscribeLinks": links
        case "html": builtInHTML
        default: nil
        }
    }
}

/// A link to a file for software rather than people (a feed, a calendar, a badge, JSON),
/// with its media type, so readers and browsers know what they will get.
struct FileLinkView: TemplateView {
    var href: String
    var text: String
    /// `application/atom+xml`, `text/calendar`, …
    var mediaType: String

    func child(named name: String) -> Any? {
        switch name {
        case "href": href
        case "text": text
        case "mediaType": mediaType
        default: nil
        }
    }
}
