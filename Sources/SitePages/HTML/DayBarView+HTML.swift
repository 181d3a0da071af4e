extension DayBarView: OverridableFragment {
    static let fragment = ThemeFragment.dayBar

    /// A service's last 90 days, each day a coloured cell that says in words what it was.
    func writeBuiltIn(to html: inout HTMLWriter) {
        html.raw("<div class=\"day-bar\">\n<p class=\"day-bar-summary\">")
        html.text(summary)
        html.raw("</p>\n<ol class=\"days\">\n")
        for day in days {
            html.raw("<li class=\"day day-")
            html.text(day.dayKey)
            html.raw("\" title=\"")
            html.text(day.dayText)
            html.raw("\"><span class=\"visually-hidden\">")
            html.text(day.dayText)
            html.raw("</span></li>\n")
        }
        html.raw("</ol>\n<p class=\"legend\"><span class=\"visually-hidden\">")
        html.text(legendLabel)
        html.raw(":</span>")
        for item in legend {
            html.raw(" <span class=\"legend-item\"><span class=\"swatch day-")
            html.text(item.dayKey)
            html.raw("\"></span> ")
            html.text(item.dayText)
            html.raw("</span>")
        }
        html.raw("</p>\n</div>\n")
    }
}
