extension ArchiveView: HTMLFragment {
    /// One archive page: its incidents under month headings, and the pagination.
    func write(to html: inout HTMLWriter) {
        html.raw("<h1>")
        html.text(heading)
        html.raw("</h1>\n")
        if months.isEmpty {
            html.raw("<p class=\"empty\">")
            html.text(emptyText)
            html.raw("</p>\n")
        }
        for month in months {
            html.raw("<section class=\"month\">\n<h2>")
            html.text(month.monthHeading)
            html.raw("</h2>\n<ul class=\"rows\">\n")
            for row in month.rows { row.write(to: &html) }
            html.raw("</ul>\n</section>\n")
        }
        pagination?.write(to: &html)
    }
}

extension PaginationView: HTMLFragment {
    /// "Pagina 2 van 5" with links to the newer and older pages.
    func write(to html: inout HTMLWriter) {
        html.raw("<nav class=\"pagination\" aria-label=\"")
        html.text(label)
        html.raw("\">\n<p>")
        html.text(position)
        html.raw("</p>\n<ul>\n")
        if let newer {
            html.raw("<li><a href=\"")
            html.text(newer.href)
            html.raw("\" rel=\"prev\">")
            html.text(newer.text)
            html.raw("</a></li>\n")
        }
        if let older {
            html.raw("<li><a href=\"")
            html.text(older.href)
            html.raw("\" rel=\"next\">")
            html.text(older.text)
            html.raw("</a></li>\n")
        }
        html.raw("</ul>\n</nav>\n")
    }
}
