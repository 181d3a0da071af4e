import Mustache

/// A view model a template reads by name. Each view lists the names its templates may
/// use in `child(named:)`, so templates never reach model types through reflection and
/// lookups stay cheap (swift-mustache would otherwise build a `Mirror` per lookup).
///
/// Every value is a display-ready string, a flag, a nested view or a list of views;
/// strings are escaped by `{{ }}`, and only fields named `…HTML` (cmark's safe output)
/// are meant for `{{{ }}}`.
///
/// Views are `Equatable` so that `storingen serve` can tell that a page would come out
/// the same without rendering it (`OutputCache`).
protocol TemplateView: MustacheParent, Sendable, Equatable {}

/// A page's own view inside the common layout: names are looked up in the page first,
/// then in the layout, so every template sees `lang`, `siteTitle`, … as well.
final class PageView<Content: TemplateView & HTMLFragment>: TemplateView {
    let layout: LayoutView
    let content: Content

    init(layout: LayoutView, content: Content) {
        self.layout = layout
        self.content = content
    }

    static func == (lhs: PageView, rhs: PageView) -> Bool {
        lhs.layout == rhs.layout && lhs.content == rhs.content
    }

    func child(named name: String) -> Any? {
        content.child(named: name) ?? layout.child(named: name)
    }
}

/// A link with its text; `lang` is set when the text is in another language than the page.
struct LinkView: FieldedView {
    var href: String
    var text: String
    var lang: String?
    /// Whether the link points at the page it is on (`aria-current="page"`).
    var current = false
    /// False for a name that has no page (a service outside the catalogue): shown as text.
    var isLink = true

    static let fieldsName = "link"
    static let fields = TemplateFields<Self>([
        .field("href") { $0.href },
        .field("text") { $0.text },
        .field("linkLang", note: "the text's language where it differs from the page's") { $0.lang },
        .field("current", note: "links to the page it is on") { $0.current },
        .field("isLink", note: "false: a name without a page, show the text only") { $0.isLink },
    ])
}

/// An instant as `<time datetime="2023-12-13T12:23:00+01:00">13 december 2023 om 12:23</time>`.
struct TimeView: FieldedView {
    /// RFC 3339 with the Amsterdam offset, for machines.
    var datetime: String
    /// As the seed page writes it, for people.
    var text: String

    static let fieldsName = "time"
    static let fields = TemplateFields<Self>([
        .field("datetime", note: "RFC 3339") { $0.datetime },
        .field("text") { $0.text },
    ])
}

/// A term and its description in a `<dl>` of facts.
struct FactView: FieldedView {
    var term: String
    var text: String?
    var links: [LinkView]
    var time: TimeView?
    var range: WindowTextView?

    init(term: String, text: String? = nil, links: [LinkView] = [], time: TimeView? = nil, range: WindowTextView? = nil) {
        self.term = term
        self.text = text
        self.links = links
        self.time = time
        self.range = range
    }

    static let fieldsName = "fact"
    static let fields = TemplateFields<Self>([
        .field("term") { $0.term },
        .field("factText") { $0.text },
        .field("factLinks") { $0.links },
        .field("factTime") { $0.time },
        .field("factRange") { $0.range },
    ])
}
