extension NotFoundView: HTMLFragment {
    /// The 404 page: the ways home, in every language.
    func write(to html: inout HTMLWriter) {
        html.raw("<h1>")
        html.text(heading)
        html.raw("</h1>\n<p>")
        html.text(text)
        html.raw("</p>\n<ul class=\"links\">\n<li>")
        homeLink.write(to: &html)
        html.raw("</li>\n<li>")
        archiveLink.write(to: &html)
        html.raw("</li>\n")
        for link in otherHomes {
            html.raw("<li><a href=\"")
            html.text(link.href)
            html.raw("\" hreflang=\"")
            html.text(link.lang ?? "")
            html.raw("\" lang=\"")
            html.text(link.lang ?? "")
            html.raw("\">")
            html.text(link.text)
            html.raw("</a></li>\n")
        }
        html.raw("</ul>\n")
    }
}
