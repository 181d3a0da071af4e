extension NormsView: HTMLFragment {
    /// The "Servicenormen" overview: per norm what it measures and how much was excused.
    func write(to html: inout HTMLWriter) {
        html.raw("<h1>")
        html.text(heading)
        html.raw("</h1>\n<p>")
        html.text(intro)
        html.raw("</p>\n<p class=\"rules\">")
        html.text(rulesText)
        html.raw("</p>\n<p>")
        excusedJSONLink.write(to: &html)
        html.raw(" · ")
        normsJSONLink.write(to: &html)
        html.raw("</p>\n")
        for norm in norms {
            html.raw("<section class=\"norm\" id=\"")
            html.text(norm.anchor)
            html.raw("\" aria-labelledby=\"")
            html.text(norm.anchor)
            html.raw("-heading\">\n<h2 id=\"")
            html.text(norm.anchor)
            html.raw("-heading\">")
            norm.link.write(to: &html)
            html.raw("</h2>\n")
            FactView.write(norm.facts, context: norm, to: &html)
            html.raw("<p class=\"totals\">")
            html.text(norm.totals)
            html.raw("</p>\n</section>\n")
        }
    }
}

extension NormView: HTMLFragment {
    /// One norm: what it measures, what excuses it, its years and its latest windows.
    func write(to html: inout HTMLWriter) {
        html.raw("<h1>")
        html.text(normName)
        html.raw("</h1>\n")
        FactView.write(facts, context: self, to: &html)
        if let officeHoursText {
            html.raw("<p>")
            html.text(officeHoursText)
            html.raw("</p>\n")
        }
        html.raw("<p>")
        calendarLink.write(to: &html)
        for feed in feedLinks {
            html.raw(" · <a href=\"")
            html.text(feed.href)
            html.raw("\" type=\"")
            html.text(feed.mediaType)
            html.raw("\">")
            html.text(feed.text)
            html.raw("</a>")
        }
        html.raw("</p>\n<section aria-labelledby=\"years-heading\">\n<h2 id=\"years-heading\">")
        html.text(yearsHeading)
        html.raw("</h2>\n")
        if years.isEmpty {
            html.raw("<p class=\"empty\">")
            html.text(noWindowsText)
            html.raw("</p>\n")
        } else {
            html.raw("<div class=\"table-wrap\">\n<table>\n<thead>\n<tr><th scope=\"col\">")
            html.text(columnYear)
            html.raw("</th><th scope=\"col\">")
            html.text(columnWindows)
            html.raw("</th><th scope=\"col\">")
            html.text(columnExcused)
            html.raw("</th></tr>\n</thead>\n<tbody>\n")
            for year in years {
                html.raw("<tr><td>")
                year.link.write(to: &html)
                html.raw("</td><td>")
                html.text(year.windowCount)
                html.raw("</td><td>")
                html.text(year.excused)
                html.raw("</td></tr>\n")
            }
            html.raw("</tbody>\n</table>\n</div>\n")
        }
        html.raw("</section>\n")
        if !windows.isEmpty {
            html.raw("<section aria-labelledby=\"windows-heading\">\n<h2 id=\"windows-heading\">")
            html.text(windowsHeading)
            html.raw("</h2>\n")
            NormWindowView.writeTable(windows, columns: columns, to: &html)
            html.raw("</section>\n")
        }
    }
}

extension NormYearView: HTMLFragment {
    /// A norm's windows and periods of one year.
    func write(to html: inout HTMLWriter) {
        html.raw("<h1>")
        html.text(heading)
        html.raw("</h1>\n<p class=\"back\">")
        normLink.write(to: &html)
        html.raw("</p>\n<section aria-labelledby=\"windows-heading\">\n<h2 id=\"windows-heading\">")
        html.text(windowsHeading)
        html.raw("</h2>\n")
        NormWindowView.writeTable(windows, columns: columns, to: &html)
        pagination?.write(to: &html)
        html.raw("</section>\n<section aria-labelledby=\"periods-heading\">\n<h2 id=\"periods-heading\">")
        html.text(periodsHeading)
        html.raw("</h2>\n<div class=\"table-wrap\">\n<table>\n<thead>\n<tr><th scope=\"col\">")
        html.text(columnPeriod)
        html.raw("</th><th scope=\"col\">")
        html.text(columnExcused)
        html.raw("</th></tr>\n</thead>\n<tbody>\n")
        for period in periods {
            html.raw("<tr><td>")
            period.period.write(to: &html)
            html.raw("</td><td>")
            html.text(period.duration)
            html.raw("</td></tr>\n")
        }
        html.raw("</tbody>\n</table>\n</div>\n</section>\n")
        LinkView.writeYears(years, heading: yearsHeading, to: &html)
    }
}

extension NormPeriodView: HTMLFragment {
    /// One evaluation period of a norm: the sentence to cite, its facts and windows.
    func write(to html: inout HTMLWriter) {
        html.raw("<h1>")
        html.text(heading)
        html.raw("</h1>\n<p class=\"back\">")
        normLink.write(to: &html)
        html.raw("</p>\n<p class=\"statement\">")
        StatementPart.write(statement, to: &html)
        html.raw("</p>\n")
        FactView.write(facts, context: self, to: &html)
        html.raw("<section aria-labelledby=\"windows-heading\">\n<h2 id=\"windows-heading\">")
        html.text(windowsHeading)
        html.raw("</h2>\n")
        NormWindowView.writeTable(windows, columns: columns, to: &html)
        html.raw("</section>\n")
        writeExplanation(to: &html)
        html.raw("<p class=\"more\">")
        yearLink.write(to: &html)
        html.raw("</p>\n")
    }

    /// How each window was derived: the rule, then per window its summary and the steps
    /// of each incident impact behind it.
    func writeExplanation(to html: inout HTMLWriter) {
        html.raw("<section class=\"explanation\" aria-labelledby=\"explanation-heading\">\n<h2 id=\"explanation-heading\">")
        html.text(explanationHeading)
        html.raw("</h2>\n<p class=\"rules\">")
        StatementPart.write(rules, to: &html)
        html.raw("</p>\n")
        for explanation in explanations {
            html.raw("<div class=\"explained-window\">\n<p class=\"window-summary\">")
            StatementPart.write(explanation.summary, to: &html)
            html.raw("</p>\n<ul class=\"derivations\">\n")
            for derivation in explanation.derivations {
                html.raw("<li>")
                derivation.incident.write(to: &html)
                html.raw("\n<ul>\n")
                for step in derivation.steps {
                    html.raw("<li>")
                    StatementPart.write(step, to: &html)
                    html.raw("</li>\n")
                }
                html.raw("</ul>\n</li>\n")
            }
            html.raw("</ul>\n")
            if !explanation.more.isEmpty {
                html.raw("<p class=\"more-derivations\">")
                StatementPart.write(explanation.more, to: &html)
                html.raw("</p>\n")
            }
            html.raw("</div>\n")
        }
        html.raw("</section>\n")
    }

    /// The built-in explanation section, for `{{{explanationHTML}}}` in templates.
    var builtInExplanationHTML: String {
        var html = HTMLWriter(capacity: 4_096)
        writeExplanation(to: &html)
        return String(decoding: html.bytes, as: UTF8.self)
    }
}

extension NormWindowView {
    /// A table of excused windows: from, until (or "loopt nog"), the incidents behind them.
    static func writeTable(_ windows: [NormWindowView], columns: WindowColumns, to html: inout HTMLWriter) {
        html.raw("<div class=\"table-wrap\">\n<table>\n<thead>\n<tr><th scope=\"col\">")
        html.text(columns.from)
        html.raw("</th><th scope=\"col\">")
        html.text(columns.until)
        html.raw("</th><th scope=\"col\">")
        html.text(columns.incidents)
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
            if let moreText = window.moreText {
                html.raw(" <span class=\"more-incidents\">")
                html.text(moreText)
                html.raw("</span>")
            }
            html.raw("</td></tr>\n")
        }
        html.raw("</tbody>\n</table>\n</div>\n")
    }
}

extension StatementPart {
    static func write(_ parts: [StatementPart], to html: inout HTMLWriter) {
        for part in parts {
            switch part {
            case .text(let text): html.text(text)
            case .time(let time): time.write(to: &html)
            case .link(let link): link.write(to: &html)
            }
        }
    }

    /// The built-in rendering, for `{{{statementHTML}}}` in templates.
    static func builtInHTML(_ parts: [StatementPart]) -> String {
        var html = HTMLWriter(capacity: 512)
        write(parts, to: &html)
        return String(decoding: html.bytes, as: UTF8.self)
    }
}
