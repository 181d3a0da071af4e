import IncidentModel
import SiteContent

extension PageBuilder {
    /// The front page: the overall status, what is active, maintenance, every service at
    /// a glance, then what was resolved in the last `recentDays`.
    /// Incidents a front-page section shows as cards, and as lines after them.
    static let homeCards = 10
    static let homeRows = 50

    func home() -> PageView<HomeView> {
        let open = snapshot.open.map { snapshot.facts[$0] }
        let active = open.filter { $0.incident.kind == .incident }
        let maintenance = open.filter { $0.incident.kind == .maintenance }
        let recent = snapshot.recentlyClosed.map { snapshot.facts[$0] }
        let status = snapshot.status
        let services = snapshot.configuration.catalogue.services
        let view = HomeView(
            heading: text(SiteText.currentIncidents),
            statusKey: status.overall.key,
            statusLine: PageText.statusLine(status.overall, services: status.affected.map { services[$0].name[language] }, in: language),
            activeHeading: text(PageText.activeNow),
            active: active.prefix(Self.homeCards).map(card),
            activeRows: overflow(active),
            emptyText: text(SiteText.noCurrentIncidents),
            maintenanceHeading: text(SiteText.scheduledMaintenance),
            maintenance: maintenance.prefix(Self.homeCards).map(card),
            maintenanceRows: overflow(maintenance),
            servicesHeading: text(PageText.servicesHeading),
            services: services.indices.map { serviceStatus($0, inGrid: true) },
            legend: dayLegend,
            legendLabel: text(PageText.legend),
            availabilityRule: text(PageText.availabilityRule),
            recentHeading: text(SiteText.recentlyResolved),
            recent: recent.prefix(Self.homeCards).map(card),
            recentRows: overflow(recent),
            archiveLink: LinkView(href: links.href(routes.archive(page: 1)), text: text(SiteText.viewAllIncidents)),
            subscribe: subscribe())
        return PageView(layout: layout(title: text(SiteText.currentIncidents), route: \.home), content: view)
    }

    /// The incidents after a section's cards: a line each, then how many more.
    private func overflow(_ facts: [IncidentFacts]) -> IncidentOverflowView {
        let rows = facts.dropFirst(Self.homeCards).prefix(Self.homeRows)
        let more = facts.count - Self.homeCards - rows.count
        return IncidentOverflowView(rows: rows.map(row), moreText: more > 0 ? PageText.moreInArchive(more, in: language) : nil)
    }

    /// An incident as the seed page shows it: state, title, services, opened, latest update.
    func card(_ facts: IncidentFacts) -> IncidentCardView {
        let incident = facts.incident
        return IncidentCardView(
            href: links.href(routes.incident(incident.id)),
            title: incident.title,
            contentLang: contentLang(incident),
            stateKey: facts.state.key,
            stateLabel: text(SiteText.label(for: facts.state)),
            kindLabel: text(SiteText.label(for: incident.kind)),
            services: incident.services.map(serviceName),
            openedLabel: text(SiteText.opened),
            opened: openedTime(facts),
            window: incident.kind == .maintenance ? scheduledWindow(incident) : nil,
            latest: facts.updates.isEmpty ? nil : update(facts, at: 0),
            latestLabel: text(SiteText.latestUpdate),
            windowLabel: text(PageText.maintenanceWindow))
    }
}
