extension ServicesView: HTMLFragment {
    /// Every service of the catalogue with its 90-day bar.
    func write(to html: inout HTMLWriter) {
        html.raw("<h1>")
        html.text(heading)
        html.raw("</h1>\n<p>")
        html.text(intro)
        html.raw("</p>\n")
        for service in serviceList {
            html.raw("<section class=\"service-summary\">\n<h2>")
            service.link.write(to: &html)
            html.raw("</h2>\n")
            service.dayBar.write(to: &html)
            html.raw("</section>\n")
        }
    }
}

extension ServiceView: HTMLFragment {
    /// One service: its 90-day bar and its incident history.
    func write(to html: inout HTMLWriter) {
        html.raw("<h1>")
        html.text(heading)
        html.raw("</h1>\n<section aria-labelledby=\"days-heading\">\n<h2 id=\"days-heading\">")
        html.text(dayBar.label)
        html.raw("</h2>\n")
        dayBar.write(to: &html)
        html.raw("</section>\n<section aria-labelledby=\"history-heading\">\n<h2 id=\"history-heading\">")
        html.text(historyHeading)
        html.raw("</h2>\n")
        if rows.isEmpty {
            html.raw("<p class=\"empty\">")
            html.text(emptyText)
            html.raw("</p>\n")
        } else {
            html.raw("<ul class=\"rows\">\n")
            for row in rows { row.write(to: &html) }
            html.raw("</ul>\n")
        }
        html.raw("</section>\n")
    }
}
