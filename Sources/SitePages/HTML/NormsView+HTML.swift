extension NormsView: HTMLFragment {
    /// The "Servicenormen" page: per norm its facts, excused windows and periods.
    func write(to html: inout HTMLWriter) {
        html.raw("<h1>")
        html.text(heading)
        html.raw("</h1>\n<p>")
        html.text(intro)
        html.raw("</p>\n<p>")
        excusedJSONLink.write(to: &html)
        html.raw("</p>\n")
        for norm in norms { norm.write(to: &html) }
    }
}

extension NormView: HTMLFragment {
    /// One norm's section: what it measures, what excuses it, and what was excused.
    func write(to html: inout HTMLWriter) {
        html.raw("<section class=\"norm\" id=\"")
        html.text(anchor)
        html.raw("\" aria-labelledby=\"")
        html.text(anchor)
        html.raw("-heading\">\n<h2 id=\"")
        html.text(anchor)
        html.raw("-heading\">")
        html.text(normName)
        html.raw("</h2>\n")
        FactView.write(facts, context: self, to: &html)
        if let officeHoursText {
            html.raw("<p>")
            html.text(officeHoursText)
            html.raw("</p>\n")
        }
        html.raw("<p>")
        calendarLink.write(to: &html)
        html.raw("</p>\n<h3>")
        html.text(windowsHeading)
        html.raw("</h3>\n")
        if windows.isEmpty {
            html.raw("<p class=\"empty\">")
            html.text(noWindowsText)
            html.raw("</p>\n")
        } else {
            html.raw("<div class=\"table-wrap\">\n<table>\n<thead>\n<tr><th scope=\"col\">")
            html.text(columnFrom)
            html.raw("</th><th scope=\"col\">")
            html.text(columnUntil)
            html.raw("</th><th scope=\"col\">")
            html.text(columnIncidents)
            html.raw("</th></tr>\n</thead>\n<tbody>\n")
            for window in windows {
                html.raw("<tr><td>")
                window.start.write(to: &html)
                html.raw("</td><td>")
                window.end?.write(to: &html)
                if let ongoingText = window.ongoingText {
                    html.raw("<span class=\"ongoing\">")
                    html.text(ongoingText)
                    html.raw("</span>")
                }
                html.raw("</td><td>")
                html.join(window.incidentLinks, separator: ", ") { html, link in
                    html.raw("<a href=\"")
                    html.text(link.href)
                    html.raw("\"")
                    html.langAttribute(link.lang)
                    html.raw(">")
                    html.text(link.text)
                    html.raw("</a>")
                }
                html.raw("</td></tr>\n")
            }
            html.raw("</tbody>\n</table>\n</div>\n<h3>")
            html.text(periodsHeading)
            html.raw("</h3>\n<div class=\"table-wrap\">\n<table>\n<thead>\n<tr><th scope=\"col\">")
            html.text(columnPeriod)
            html.raw("</th><th scope=\"col\">")
            html.text(columnExcused)
            html.raw("</th></tr>\n</thead>\n<tbody>\n")
            for period in periods {
                html.raw("<tr><td>")
                html.text(period.period)
                html.raw("</td><td>")
                html.text(period.duration)
                html.raw("</td></tr>\n")
            }
            html.raw("</tbody>\n</table>\n</div>\n")
        }
        html.raw("</section>\n")
    }
}
