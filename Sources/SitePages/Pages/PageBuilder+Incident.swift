import IncidentModel
import ServiceNorms
import SiteContent

extension PageBuilder {
    /// One incident's page: facts, summary, the full timeline newest first, and the
    /// norms it excuses with the windows it causes.
    func incident(at position: Int) -> PageView<IncidentView> {
        let facts = snapshot.facts[position]
        let incident = facts.incident
        let view = IncidentView(
            title: incident.title,
            contentLang: contentLang(incident),
            stateKey: facts.state.key,
            stateLabel: text(SiteText.label(for: facts.state)),
            kindLabel: text(SiteText.label(for: incident.kind)),
            facts: incidentFacts(facts),
            summaryHTML: facts.summaryHTML,
            postmortemHeading: text(SiteText.postmortem),
            postmortemHTML: facts.postmortemHTML,
            timelineHeading: text(PageText.timeline),
            updates: facts.updates.indices.map { update(facts, at: $0) },
            noUpdatesText: text(PageText.noUpdates),
            excusedHeading: text(SiteText.excusedNorms),
            excusedNorms: Self.excusedShown(facts).map { shown in
                ExcusedNormView(
                    normName: shown.norm.name[language],
                    normHref: links.href(routes.norm(shown.norm.key)),
                    windows: shown.windows.map { window($0.range, ongoing: $0.ongoing) },
                    earlierText: shown.earlierWindows > 0
                        ? PageText.earlierWindows(shown.earlierWindows, periods: shown.earlierPeriods, in: language) : nil,
                    periodsLabel: text(PageText.periods),
                    periods: shown.periods.map { period in
                        LinkView(href: links.href(routes.norm(shown.norm.key, period: period)), text: period)
                    })
            },
            noExcusedText: text(SiteText.noExcusedNorms))
        return PageView(layout: layout(title: incident.title, route: { $0.incident(incident.id) }), content: view)
    }

    /// How many excused windows and periods of each norm an incident page lists.
    static let excusedWindowsShown = 20

    /// What an incident's page shows of one norm it excuses. An office-hours norm of an
    /// incident left open for years has a window per business day: the page lists the
    /// latest, the norm's pages the rest.
    struct ExcusedShown: Equatable, Sendable {
        var norm: Norm
        /// The latest windows; a running one shows no end, so its end is not compared.
        var windows: [ExcusedWindow]
        var earlierWindows: Int
        /// The latest periods with excused time, by name.
        var periods: [String]
        var earlierPeriods: Int

        static func == (lhs: ExcusedShown, rhs: ExcusedShown) -> Bool {
            lhs.norm.key == rhs.norm.key && lhs.earlierWindows == rhs.earlierWindows && lhs.periods == rhs.periods
                && lhs.earlierPeriods == rhs.earlierPeriods && lhs.windows.count == rhs.windows.count
                && zip(lhs.windows, rhs.windows).allSatisfy { left, right in
                    left.range.start == right.range.start && left.ongoing == right.ongoing
                        && (left.ongoing || left.range.end == right.range.end)
                }
        }
    }

    static func excusedShown(_ facts: IncidentFacts) -> [ExcusedShown] {
        facts.excusals.map { excusal in
            let windows = excusal.windows.suffix(excusedWindowsShown)
            let periods = excusal.periods.filter { $0.excusedSeconds > 0 }
            let shownPeriods = periods.suffix(excusedWindowsShown)
            return ExcusedShown(
                norm: excusal.norm, windows: Array(windows), earlierWindows: excusal.windows.count - windows.count,
                periods: shownPeriods.map(\.period), earlierPeriods: periods.count - shownPeriods.count)
        }
    }

    /// Kind, impact, services (linked), opened and, for maintenance, the planned window.
    private func incidentFacts(_ facts: IncidentFacts) -> [FactView] {
        let incident = facts.incident
        var list = [
            FactView(term: text(PageText.kind), text: text(SiteText.label(for: incident.kind))),
            FactView(term: text(PageText.impact), text: text(PageText.label(for: incident.impact))),
            incident.services.isEmpty
                ? FactView(term: text(SiteText.affectedServices), text: text(PageText.noServices))
                : FactView(term: text(SiteText.affectedServices), links: incident.services.map(serviceLink)),
        ]
        if let opened = openedTime(facts) {
            list.append(FactView(term: text(SiteText.opened), time: opened))
        }
        if incident.kind == .maintenance, let scheduled = scheduledWindow(incident) {
            list.append(FactView(term: text(PageText.maintenanceWindow), range: scheduled))
        }
        return list
    }

    /// A link to a service's page; a key outside the catalogue has no page and stays text.
    func serviceLink(_ key: ServiceKey) -> LinkView {
        serviceNames[key] == nil
            ? LinkView(href: "", text: key.rawValue, isLink: false)
            : LinkView(href: links.href(routes.service(key)), text: serviceName(key))
    }

    /// The fragment of a norm's section on the Servicenormen page: `norm-on-time-delivery`.
    static func anchor(of key: NormKey) -> String {
        "norm-" + String(key.rawValue.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" ? $0 : "-" })
    }
}
