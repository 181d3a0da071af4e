import IncidentModel
import SiteContent

extension PageBuilder {
    /// Archive page `page` (1-based): its slice of all incidents, newest first, under
    /// month headings, with links to the newer and older pages.
    func archive(page: Int) -> PageView<ArchiveView> {
        var months: [MonthView] = []
        var current: (year: Int, month: Int)?
        for position in snapshot.archiveSlice(page: page) {
            let facts = snapshot.facts[position]
            let local = dates.clock.localDateTime(at: facts.sortDate)
            if current.map({ $0 != (local.year, local.month) }) ?? true {
                current = (local.year, local.month)
                months.append(MonthView(monthHeading: dates.month(year: local.year, month: local.month), rows: []))
            }
            months[months.count - 1].rows.append(row(facts))
        }
        let count = snapshot.archivePageCount
        let newer = page > 1 ? routes.archive(page: page - 1) : nil
        let older = page < count ? routes.archive(page: page + 1) : nil
        let pagination = count > 1
            ? PaginationView(
                label: text(PageText.pagination),
                newer: newer.map { LinkView(href: links.href($0), text: text(SiteText.previousPage)) },
                older: older.map { LinkView(href: links.href($0), text: text(SiteText.nextPage)) },
                position: PageText.page(page, of: count, in: language))
            : nil
        let relLinks = [newer.map { RelLinkView(rel: "prev", href: links.href($0)) },
                        older.map { RelLinkView(rel: "next", href: links.href($0)) }].compactMap { $0 }
        let title = page > 1
            ? "\(text(SiteText.archive)) – \(PageText.page(page, of: count, in: language))" : text(SiteText.archive)
        let view = ArchiveView(
            heading: text(SiteText.archive), months: months, emptyText: text(PageText.noIncidents), pagination: pagination)
        return PageView(layout: layout(title: title, route: { $0.archive(page: page) }, relLinks: relLinks), content: view)
    }

    /// An incident as one line of a list: state, title, opened, services.
    func row(_ facts: IncidentFacts) -> IncidentRowView {
        let incident = facts.incident
        return IncidentRowView(
            href: links.href(routes.incident(incident.id)),
            title: incident.title,
            contentLang: contentLang(incident),
            stateKey: facts.state.key,
            stateLabel: text(SiteText.label(for: facts.state)),
            kindLabel: text(SiteText.label(for: incident.kind)),
            services: incident.services.map(serviceName),
            opened: openedTime(facts))
    }
}
