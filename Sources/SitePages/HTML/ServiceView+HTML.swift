extension ServicesView: HTMLFragment {
    /// Every service of the catalogue with its state and 90-day bar.
    func write(to html: inout HTMLWriter) {
        html.raw("<h1>")
        html.text(heading)
        html.raw("</h1>\n<p>")
        html.text(intro)
        html.raw("</p>\n")
        // The services are the page itself, so their names sit directly under its h1.
        ServiceStatusView.writeGrid(serviceList, headingLevel: 2, legend: legend, legendLabel: legendLabel, rule: availabilityRule, to: &html)
    }
}

extension ServiceView: HTMLFragment {
    /// One service: its state, 90-day bar, recent incidents, its years, and how to follow it.
    func write(to html: inout HTMLWriter) {
        html.raw("<h1>")
        html.text(heading)
        html.raw("</h1>\n")
        status.writeState(to: &html)
        html.raw("<section aria-labelledby=\"days-heading\">\n<h2 id=\"days-heading\">")
        html.text(status.dayBar.label)
        html.raw("</h2>\n")
        status.dayBar.write(to: &html)
        html.raw("<p class=\"availability-rule\">")
        html.text(availabilityRule)
        html.raw("</p>\n</section>\n<section aria-labelledby=\"history-heading\">\n<h2 id=\"history-heading\">")
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
        if !years.isEmpty { LinkView.writeYears(years, heading: yearsHeading, to: &html) }
        subscribe.write(to: &html)
    }
}

extension ServiceYearView: HTMLFragment {
    /// A service's incidents of one year.
    func write(to html: inout HTMLWriter) {
        html.raw("<h1>")
        html.text(heading)
        html.raw("</h1>\n<p class=\"back\">")
        serviceLink.write(to: &html)
        html.raw("</p>\n<ul class=\"rows\">\n")
        for row in rows { row.write(to: &html) }
        html.raw("</ul>\n")
        LinkView.writeYears(years, heading: yearsHeading, to: &html)
    }
}

extension LinkView {
    /// The navigation between the years of a history; the shown year is the current page.
    static func writeYears(_ years: [LinkView], heading: String, to html: inout HTMLWriter) {
        html.raw("<nav class=\"years\" aria-labelledby=\"years-heading\">\n<h2 id=\"years-heading\">")
        html.text(heading)
        html.raw("</h2>\n<ul>\n")
        for year in years {
            html.raw("<li><a href=\"")
            html.text(year.href)
            html.raw("\"")
            if year.current { html.raw(" aria-current=\"page\"") }
            html.raw(">")
            html.text(year.text)
            html.raw("</a></li>\n")
        }
        html.raw("</ul>\n</nav>\n")
    }
}
