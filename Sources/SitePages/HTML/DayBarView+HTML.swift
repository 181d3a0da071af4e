extension DayBarView: OverridableFragment {
    static let fragment = ThemeFragment.dayBar

    /// A service's last 90 days: a coloured cell per day with its worst impact in words;
    /// a day with incidents links to the worst of them, clear days are hidden from
    /// screen readers so the list reads as the days that mattered.
    func writeBuiltIn(to html: inout HTMLWriter) {
        html.raw(summaryIsVisible ? "<div class=\"day-bar\">\n<p class=\"day-bar-summary\">" : "<div class=\"day-bar\">\n<p class=\"visually-hidden\">")
        html.text(summary)
        html.raw("</p>\n<ol class=\"days\">\n")
        for day in days {
            html.raw("<li class=\"day day-")
            html.text(day.dayKey)
            guard let href = day.href else {
                html.raw("\" title=\"")
                html.text(day.dayText)
                html.raw("\" aria-hidden=\"true\"></li>\n")
                continue
            }
            // The title is the link's accessible name too: one copy of the text per day.
            html.raw("\"><a href=\"")
            html.text(href)
            html.raw("\" title=\"")
            html.text(day.dayText)
            html.raw("\"></a></li>\n")
        }
        html.raw("</ol>\n")
        DayView.writeLegend(legend, label: legendLabel, to: &html)
        html.raw("</div>\n")
    }
}

extension DayView {
    /// What the colours of a bar mean; nothing when `legend` is empty.
    static func writeLegend(_ legend: [DayView], label: String, to html: inout HTMLWriter) {
        guard !legend.isEmpty else { return }
        html.raw("<p class=\"legend\"><span class=\"visually-hidden\">")
        html.text(label)
        html.raw(":</span>")
        for item in legend {
            html.raw(" <span class=\"legend-item\"><span class=\"swatch day-")
            html.text(item.dayKey)
            html.raw("\"></span> ")
            html.text(item.dayText)
            html.raw("</span>")
        }
        html.raw("</p>\n")
    }
}

extension ServiceStatusView: HTMLFragment {
    /// A service on the front page's grid, under the grid's `h2`.
    func write(to html: inout HTMLWriter) {
        write(headingLevel: 3, to: &html)
    }

    /// A service of a grid whose service names are headings of `headingLevel` (2 or 3): one
    /// below the heading above the grid, so that heading levels never skip one.
    func write(headingLevel: Int, to html: inout HTMLWriter) {
        let heading: StaticString = headingLevel == 2 ? "h2" : "h3"
        html.raw("<li class=\"service-status state-")
        html.text(stateKey)
        html.raw("\">\n<div class=\"service-heading\">\n<")
        html.raw(heading)
        html.raw(" class=\"service-name\">")
        link.write(to: &html)
        html.raw("</")
        html.raw(heading)
        html.raw(">\n")
        writeState(to: &html)
        html.raw("</div>\n")
        dayBar.write(to: &html)
        html.raw("</li>\n")
    }

    /// The state in words and colour, and the availability.
    func writeState(to html: inout HTMLWriter) {
        html.raw("<p class=\"service-state\"><span class=\"state-badge state-")
        html.text(stateKey)
        html.raw("\">")
        html.text(stateLabel)
        html.raw("</span> <span class=\"availability\">")
        html.text(availability)
        html.raw("</span></p>\n")
    }

    /// The built-in rendering, for `{{{html}}}` in templates.
    var builtInHTML: String {
        var html = HTMLWriter(capacity: 8_192)
        write(to: &html)
        return String(decoding: html.bytes, as: UTF8.self)
    }

    /// A grid of services, one legend for all their bars, and the rule behind the
    /// availability figures.
    static func writeGrid(
        _ services: [ServiceStatusView], headingLevel: Int, legend: [DayView], legendLabel: String, rule: String,
        to html: inout HTMLWriter
    ) {
        html.raw("<ul class=\"service-grid\">\n")
        for service in services { service.write(headingLevel: headingLevel, to: &html) }
        html.raw("</ul>\n")
        DayView.writeLegend(legend, label: legendLabel, to: &html)
        html.raw("<p class=\"availability-rule\">")
        html.text(rule)
        html.raw("</p>\n")
    }
}
