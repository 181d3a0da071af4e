/// `not-found.mustache`: the 404 page, in the default language, pointing home in every language.
struct NotFoundView: FieldedView {
    var heading: String
    var text: String
    var homeLink: LinkView
    var archiveLink: LinkView
    /// The home pages of the other languages, each labelled in its own language.
    var otherHomes: [LinkView]

    static let fieldsName = "`not-found`"
    static let fields = TemplateFields<Self>([
        .field("heading") { $0.heading },
        .field("notFoundText") { $0.text },
        .field("homeLink") { $0.homeLink },
        .field("archiveLink") { $0.archiveLink },
        .field("otherHomes") { $0.otherHomes },
    ])
}
