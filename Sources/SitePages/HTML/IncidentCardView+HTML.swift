extension IncidentCardView: OverridableFragment {
    static let fragment = ThemeFragment.incidentCard

    /// An incident on the front page: state, title, services, opened, latest update.
    func writeBuiltIn(to html: inout HTMLWriter) {
        html.raw("<li>\n<article class=\"card state-")
        html.text(stateKey)
        html.raw("\">\n<p class=\"card-status\"><span class=\"badge badge-")
        html.text(stateKey)
        html.raw("\">")
        html.text(stateLabel)
        html.raw("</span> <span class=\"kind\">")
        html.text(kindLabel)
        html.raw("</span></p>\n<h3 class=\"card-title\"><a href=\"")
        html.text(href)
        html.raw("\"")
        html.langAttribute(contentLang)
        html.raw(">")
        html.text(title)
        html.raw("</a></h3>\n")
        if !services.isEmpty {
            html.raw("<ul class=\"services\">")
            for service in services {
                html.raw("<li>")
                html.text(service)
                html.raw("</li>")
            }
            html.raw("</ul>\n")
        }
        if let opened {
            html.raw("<p class=\"opened\">")
            html.text(openedLabel)
            html.raw(": ")
            opened.write(to: &html)
            html.raw("</p>\n")
        }
        if let window {
            html.raw("<p class=\"window\">")
            html.text(windowLabel)
            html.raw(": ")
            window.write(to: &html)
            html.raw("</p>\n")
        }
        if let latest {
            html.raw("<div class=\"latest\">\n<h4>")
            html.text(latestLabel)
            html.raw(": ")
            latest.writeHeading(to: &html)
            html.raw("</h4>\n")
            latest.writeBody(lang: contentLang, to: &html)
            html.raw("</div>\n")
        }
        html.raw("</article>\n</li>\n")
    }
}

extension IncidentRowView: OverridableFragment {
    static let fragment = ThemeFragment.incidentRow

    /// An incident as one line of a list: state, title, kind, opened, services.
    func writeBuiltIn(to html: inout HTMLWriter) {
        html.raw("<li class=\"row\">\n<span class=\"badge badge-")
        html.text(stateKey)
        html.raw("\">")
        html.text(stateLabel)
        html.raw("</span>\n<a class=\"row-title\" href=\"")
        html.text(href)
        html.raw("\"")
        html.langAttribute(contentLang)
        html.raw(">")
        html.text(title)
        html.raw("</a>\n<span class=\"row-meta\">")
        html.text(kindLabel)
        if let opened {
            html.raw(" · ")
            opened.write(to: &html)
        }
        if !services.isEmpty {
            html.raw(" · ")
            html.join(services, separator: ", ") { html, service in html.text(service) }
        }
        html.raw("</span>\n</li>\n")
    }
}

extension UpdateView {
    /// When, and the status unless it is a plain update.
    func writeHeading(to html: inout HTMLWriter) {
        time.write(to: &html)
        if hasStatus {
            html.raw(" <span class=\"status-label status-")
            html.text(statusKey)
            html.raw("\">")
            html.text(statusLabel)
            html.raw("</span>")
        }
    }

    /// The update's text, cmark's safe HTML, in the incident's language.
    func writeBody(lang: String?, to html: inout HTMLWriter) {
        html.raw("<div class=\"update-body\"")
        html.langAttribute(lang)
        html.raw(">\n")
        html.html(bodyHTML)
        html.raw("</div>\n")
    }
}
