import IncidentModel
import ServiceNorms
import SiteContent

extension PageBuilder {
    /// How many of a service's incidents its own page lists; the rest are on its year pages.
    static let recentServiceIncidents = 20

    /// Every service of the catalogue with its state and 90-day bar.
    func services() -> PageView<ServicesView> {
        let view = ServicesView(
            heading: text(SiteText.services),
            intro: text(PageText.servicesIntro),
            serviceList: snapshot.configuration.catalogue.services.indices.map { serviceStatus($0, inGrid: true) },
            legend: dayLegend,
            legendLabel: text(PageText.legend),
            availabilityRule: text(PageText.availabilityRule))
        return PageView(layout: layout(title: text(SiteText.services), route: \.servicesIndex), content: view)
    }

    /// The page of the catalogue's service at `slot`: state, 90-day bar, recent incidents
    /// and links to every year.
    func service(at slot: Int) -> PageView<ServiceView> {
        let service = snapshot.configuration.catalogue.services[slot]
        let name = service.name[language]
        let view = ServiceView(
            heading: name,
            status: serviceStatus(slot),
            availabilityRule: text(PageText.availabilityRule),
            historyHeading: text(PageText.recentIncidents),
            rows: recentIncidents(ofService: slot).map(row),
            emptyText: text(PageText.noServiceIncidents),
            yearsHeading: text(PageText.earlierYears),
            years: serviceYearLinks(slot, current: nil),
            subscribe: subscribe(service: service.key, name: name))
        return PageView(
            layout: layout(title: name, route: { $0.service(service.key) }, feeds: serviceFeeds(service.key, name: name)),
            content: view)
    }

    /// The incidents a service's page lists, newest first.
    func recentIncidents(ofService slot: Int) -> [IncidentFacts] {
        snapshot.positionsByService[slot].prefix(Self.recentServiceIncidents).map { snapshot.facts[$0] }
    }

    /// A service's incidents of one year, newest first.
    func serviceYear(_ slot: Int, year: Int) -> PageView<ServiceYearView> {
        let service = snapshot.configuration.catalogue.services[slot]
        let name = service.name[language]
        let positions = snapshot.years.services[slot].first { $0.year == year }?.positions ?? []
        let title = PageText.serviceYear(name, year: year, in: language)
        let view = ServiceYearView(
            heading: title,
            serviceLink: LinkView(href: links.href(routes.service(service.key)), text: name),
            rows: positions.map { row(snapshot.facts[$0]) },
            yearsHeading: text(PageText.earlierYears),
            years: serviceYearLinks(slot, current: year))
        return PageView(layout: layout(title: title, route: { $0.service(service.key, year: year) }), content: view)
    }

    private func serviceYearLinks(_ slot: Int, current: Int?) -> [LinkView] {
        let key = snapshot.configuration.catalogue.services[slot].key
        return snapshot.years.services[slot].map { group in
            LinkView(href: links.href(routes.service(key, year: group.year)), text: "\(group.year)", current: group.year == current)
        }
    }

    /// A service at a glance: state, availability over the bar's days, and the bar; in a
    /// grid, the bar has no legend of its own (the grid has one) and its summary is for
    /// screen readers only.
    func serviceStatus(_ slot: Int, inGrid: Bool = false) -> ServiceStatusView {
        let service = snapshot.configuration.catalogue.services[slot]
        let state = snapshot.status.services[slot]
        let summary = dayBars.summaries[slot]
        return ServiceStatusView(
            link: LinkView(href: links.href(routes.service(service.key)), text: service.name[language]),
            stateKey: state.key,
            stateLabel: text(PageText.label(for: state)),
            availability: PageText.availability(summary.availability, in: language),
            dayBar: dayBar(summary, inGrid: inGrid))
    }

    /// What each colour of a 90-day bar means.
    var dayLegend: [DayView] {
        OutageDayCalendar.Level.allCases.map { DayView(dayKey: $0.key, dayText: text(PageText.label(for: $0)), href: nil) }
    }

    /// A 90-day bar; each day says in words what it was and links to its worst incident.
    private func dayBar(_ summary: OutageDayCalendar.Summary, inGrid: Bool) -> DayBarView {
        DayBarView(
            label: text(PageText.lastNinetyDays),
            summary: PageText.daysWithIncidents(summary.days.filter { $0.level != .clear }.count, of: summary.days.count, in: language),
            days: summary.days.map { day in
                let when = "\(day.date.day) \(dates.month(year: day.date.year, month: day.date.month))"
                let what = text(PageText.label(for: day.level))
                guard day.level != .clear, let worst = day.incidents.first else {
                    return DayView(dayKey: day.level.key, dayText: "\(when): \(what)", href: nil)
                }
                return DayView(
                    dayKey: day.level.key, dayText: "\(when): \(what), \(dates.duration(seconds: day.seconds))",
                    href: links.href(routes.incident(snapshot.facts[worst].id)))
            },
            legendLabel: text(PageText.legend),
            legend: inGrid ? [] : dayLegend,
            summaryIsVisible: !inGrid)
    }
}
