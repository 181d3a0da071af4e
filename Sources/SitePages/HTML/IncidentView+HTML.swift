extension IncidentView: HTMLFragment {
    /// One incident: facts, summary, the full timeline and the norms it excuses.
    func write(to html: inout HTMLWriter) {
        html.raw("<article class=\"incident state-")
        html.text(stateKey)
        html.raw("\">\n<p class=\"card-status\"><span class=\"badge badge-")
        html.text(stateKey)
        html.raw("\">")
        html.text(stateLabel)
        html.raw("</span> <span class=\"kind\">")
        html.text(kindLabel)
        html.raw("</span></p>\n<h1")
        html.langAttribute(contentLang)
        html.raw(">")
        html.text(title)
        html.raw("</h1>\n")
        FactView.write(facts, context: self, to: &html)
        if !summaryHTML.isEmpty {
            html.raw("<div class=\"summary\"")
            html.langAttribute(contentLang)
            html.raw(">\n")
            html.html(summaryHTML)
            html.raw("</div>\n")
        }
        if !postmortemHTML.isEmpty {
            html.raw("<section class=\"postmortem\" aria-labelledby=\"postmortem-heading\">\n<h2 id=\"postmortem-heading\">")
            html.text(postmortemHeading)
            html.raw("</h2>\n<div class=\"postmortem-body\"")
            html.langAttribute(contentLang)
            html.raw(">\n")
            html.html(postmortemHTML)
            html.raw("</div>\n</section>\n")
        }
        html.raw("<section aria-labelledby=\"timeline-heading\">\n<h2 id=\"timeline-heading\">")
        html.text(timelineHeading)
        html.raw("</h2>\n")
        if updates.isEmpty {
            html.raw("<p class=\"empty\">")
            html.text(noUpdatesText)
            html.raw("</p>\n")
        } else {
            html.raw("<ol class=\"timeline\">\n")
            for update in updates {
                html.raw("<li class=\"update\">\n<h3>")
                update.writeHeading(to: &html)
                html.raw("</h3>\n")
                update.writeBody(lang: contentLang, to: &html)
                html.raw("</li>\n")
            }
            html.raw("</ol>\n")
        }
        html.raw("</section>\n<section class=\"excused\" aria-labelledby=\"excused-heading\">\n<h2 id=\"excused-heading\">")
        html.text(excusedHeading)
        html.raw("</h2>\n")
        if excusedNorms.isEmpty {
            html.raw("<p class=\"empty\">")
            html.text(noExcusedText)
            html.raw("</p>\n")
        }
        for norm in excusedNorms {
            html.raw("<h3><a href=\"")
            html.text(norm.normHref)
            html.raw("\">")
            html.text(norm.normName)
            html.raw("</a></h3>\n<ul class=\"windows\">\n")
            for window in norm.windows {
                html.raw("<li>")
                window.write(to: &html)
                html.raw("</li>\n")
            }
            html.raw("</ul>\n")
            if let earlierText = norm.earlierText {
                html.raw("<p class=\"more\">")
                html.text(earlierText)
                html.raw("</p>\n")
            }
            if !norm.periods.isEmpty {
                html.raw("<p class=\"periods\">")
                html.text(norm.periodsLabel)
                html.raw(": ")
                html.join(norm.periods, separator: ", ") { html, period in period.write(to: &html) }
                html.raw("</p>\n")
            }
        }
        html.raw("</section>\n</article>\n")
    }
}
