import IncidentModel
import ServiceNorms
import SiteContent

extension PageBuilder {
    /// The "Servicenormen" page: per norm what it measures, what excuses it, its merged
    /// windows (newest first, with the incidents behind them) and its periods.
    func norms() -> PageView<NormsView> {
        let view = NormsView(
            heading: text(SiteText.serviceNorms),
            intro: text(PageText.normsIntro),
            excusedJSONLink: LinkView(href: links.href(SiteRoutes.excusedJSON), text: text(PageText.excusedJSON)),
            norms: snapshot.excusal.norms.map(norm))
        return PageView(layout: layout(title: text(SiteText.serviceNorms), route: \.norms), content: view)
    }

    private func norm(_ excusal: NormExcusal) -> NormView {
        let norm = excusal.norm
        return NormView(
            anchor: Self.anchor(of: norm.key),
            normName: norm.name[language],
            facts: [
                FactView(term: text(PageText.threshold), text: norm.threshold[language]),
                FactView(
                    term: text(PageText.evaluatedPer),
                    text: text(norm.period == .isoWeek ? PageText.isoWeek : PageText.calendarMonth)),
                norm.services.isEmpty
                    ? FactView(term: text(PageText.excusedBy), text: text(PageText.notExcusedByServices))
                    : FactView(term: text(PageText.excusedBy), links: norm.services.map(serviceLink)),
                FactView(term: text(PageText.grace), text: PageText.text(for: norm.grace, in: language)),
            ],
            officeHoursText: norm.officeHoursOnly ? text(PageText.officeHours) : nil,
            calendarLink: LinkView(href: links.href(SiteRoutes.calendar(norm.key)), text: text(PageText.calendar)),
            windowsHeading: text(PageText.excusedWindows),
            windows: excusal.windows.reversed().map { window in
                let shown = self.window(window.range, ongoing: window.ongoing)
                return NormWindowView(
                    start: shown.start, end: shown.end, ongoingText: shown.ongoingText,
                    incidentLinks: window.incidents.map(incidentLink))
            },
            noWindowsText: text(PageText.noExcusedWindows),
            columnFrom: text(PageText.from),
            columnUntil: text(PageText.until),
            columnIncidents: text(PageText.incidents),
            periodsHeading: text(PageText.perPeriod),
            periods: excusal.periods.reversed().map {
                PeriodView(period: $0.period, duration: dates.duration(seconds: $0.excusedSeconds))
            },
            columnPeriod: text(PageText.period),
            columnExcused: text(PageText.excusedTime))
    }
}
