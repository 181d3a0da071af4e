extension SubscribeView: HTMLFragment {
    /// A section with a heading, one sentence and the links, each with its media type.
    func write(to html: inout HTMLWriter) {
        html.raw("<section class=\"subscribe\" aria-labelledby=\"subscribe-heading\">\n<h2 id=\"subscribe-heading\">")
        html.text(heading)
        html.raw("</h2>\n<p>")
        html.text(intro)
        html.raw("</p>\n<ul class=\"subscribe-links\">\n")
        for link in links {
            html.raw("<li><a href=\"")
            html.text(link.href)
            html.raw("\" type=\"")
            html.text(link.mediaType)
            html.raw("\">")
            html.text(link.text)
            html.raw("</a></li>\n")
        }
        html.raw("</ul>\n</section>\n")
    }

    /// The built-in rendering, for `{{{html}}}` in templates.
    var builtInHTML: String {
        var html = HTMLWriter(capacity: 1_024)
        write(to: &html)
        return String(decoding: html.bytes, as: UTF8.self)
    }
}
