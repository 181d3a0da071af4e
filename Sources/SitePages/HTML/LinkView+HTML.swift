extension LinkView: HTMLFragment {
    /// `<a href="…">text</a>`, or the text alone for a name without a page.
    func write(to html: inout HTMLWriter) {
        guard isLink else { return html.text(text) }
        html.raw("<a href=\"")
        html.text(href)
        html.raw("\">")
        html.text(text)
        html.raw("</a>")
    }
}
