/// `not-found.mustache`: the 404 page, in the default language, pointing home in every language.
struct NotFoundView: TemplateView {
    var heading: String
    var text: String
    var homeLink: LinkView
    var archiveLink: LinkView
    /// The home pages of the other languages, each labelled in its own language.
    var otherHomes: [LinkView]

    func child(named name: String) -> Any? {
        switch name {
        case "heading": heading
        case "notFoundText": text
        case "homeLink": homeLink
        case "archiveLink": archiveLink
        case "otherHomes": otherHomes
        default: nil
        }
    }
}
