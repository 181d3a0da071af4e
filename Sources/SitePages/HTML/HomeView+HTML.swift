extension HomeView: HTMLFragment {
    /// "Actuele storingen": the overall status, what is active, maintenance, every
    /// service at a glance, what was resolved lately, and how to follow it all.
    func write(to html: inout HTMLWriter) {
        html.raw("<h1>")
        html.text(heading)
        html.raw("</h1>\n<p class=\"overall-status state-")
        html.text(statusKey)
        html.raw("\"><span class=\"state-dot\" aria-hidden=\"true\"></span> ")
        html.text(statusLine)
        html.raw("</p>\n")
        if active.isEmpty {
            html.raw("<p class=\"empty\">")
            html.text(emptyText)
            html.raw("</p>\n")
        }
        Self.writeCards(active, activeRows, id: "active-heading", heading: activeHeading, to: &html)
        Self.writeCards(maintenance, maintenanceRows, id: "maintenance-heading", heading: maintenanceHeading, to: &html)
        html.raw("<section aria-labelledby=\"services-heading\">\n<h2 id=\"services-heading\">")
        html.text(servicesHeading)
        html.raw("</h2>\n")
        ServiceStatusView.writeGrid(services, headingLevel: 3, legend: legend, legendLabel: legendLabel, rule: availabilityRule, to: &html)
        html.raw("</section>\n")
        Self.writeCards(recent, recentRows, id: "recent-heading", heading: recentHeading, to: &html)
        html.raw("<p class=\"more\">")
        archiveLink.write(to: &html)
        html.raw("</p>\n")
        subscribe.write(to: &html)
    }

    /// A section of cards under its heading; nothing when there are none.
    private static func writeCards(
        _ cards: [IncidentCardView], _ overflow: IncidentOverflowView, id: StaticString, heading: String, to html: inout HTMLWriter
    ) {
        guard !cards.isEmpty else { return }
        html.raw("<section aria-labelledby=\"")
        html.raw(id)
        html.raw("\">\n<h2 id=\"")
        html.raw(id)
        html.raw("\">")
        html.text(heading)
        html.raw("</h2>\n<ul class=\"cards\">\n")
        for card in cards { card.write(to: &html) }
        html.raw("</ul>\n")
        if !overflow.rows.isEmpty {
            html.raw("<ul class=\"rows\">\n")
            for row in overflow.rows { row.write(to: &html) }
            html.raw("</ul>\n")
        }
        if let moreText = overflow.moreText {
            html.raw("<p class=\"more\">")
            html.text(moreText)
            html.raw("</p>\n")
        }
        html.raw("</section>\n")
    }
}
