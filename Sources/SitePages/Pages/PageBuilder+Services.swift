import IncidentModel
import ServiceNorms
import SiteContent

extension PageBuilder {
    /// Every service of the catalogue with its 90-day bar.
    func services() -> PageView<ServicesView> {
        let catalogue = snapshot.configuration.catalogue.services
        let view = ServicesView(
            heading: text(SiteText.services),
            intro: text(PageText.servicesIntro),
            serviceList: catalogue.indices.map { slot in
                ServiceSummaryView(
                    link: LinkView(href: links.href(routes.service(catalogue[slot].key)), text: catalogue[slot].name[language]),
                    dayBar: dayBar(slot))
            })
        return PageView(layout: layout(title: text(SiteText.services), route: \.servicesIndex), content: view)
    }

    /// The page of the catalogue's service at `slot`: its 90-day bar and history.
    func service(at slot: Int) -> PageView<ServiceView> {
        let service = snapshot.configuration.catalogue.services[slot]
        let name = service.name[language]
        let view = ServiceView(
            heading: name,
            dayBar: dayBar(slot),
            historyHeading: text(PageText.history),
            rows: snapshot.positionsByService[slot].map { row(snapshot.facts[$0]) },
            emptyText: text(PageText.noServiceIncidents))
        return PageView(layout: layout(title: name, route: { $0.service(service.key) }), content: view)
    }

    /// The 90-day bar of the service at `slot`; each day says in words what it was.
    private func dayBar(_ slot: Int) -> DayBarView {
        let marks = dayBars.marks[slot]
        let days = dayBars.calendar.days
        return DayBarView(
            label: text(PageText.lastNinetyDays),
            summary: PageText.daysWithIncidents(marks.filter { $0 != .clear }.count, of: marks.count, in: language),
            days: zip(days, marks).map { day, mark in
                DayView(dayKey: mark.key, dayText: "\(day.day) \(dates.month(year: day.year, month: day.month)): \(markText(mark))")
            },
            legendLabel: text(PageText.legend),
            legend: [OutageDayCalendar.Mark.clear, .incident, .maintenance].map { DayView(dayKey: $0.key, dayText: markText($0)) })
    }

    private func markText(_ mark: OutageDayCalendar.Mark) -> String {
        switch mark {
        case .clear: text(PageText.dayClear)
        case .incident: text(PageText.dayIncident)
        case .maintenance: text(PageText.dayMaintenance)
        }
    }
}
