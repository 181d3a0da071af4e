import ExcusalFormats
import Foundation
import IncidentModel
import OutputEncoding
import ServiceNorms
import SiteContent

extension PageBuilder {
    /// How many of a norm's windows its own page lists; the rest are on its year pages.
    static let latestNormWindows = 10

    /// The "Servicenormen" overview: per norm what it measures and how much was excused.
    func norms() -> PageView<NormsView> {
        let view = NormsView(
            heading: text(SiteText.serviceNorms),
            intro: text(PageText.normsIntro),
            rulesText: text(PageText.normsRules),
            excusedJSONLink: LinkView(href: links.href(SiteRoutes.excusedJSON), text: text(PageText.excusedJSON)),
            normsJSONLink: LinkView(href: links.href(SiteRoutes.normsJSON), text: text(PageText.normsJSON)),
            norms: snapshot.excusal.norms.map { excusal in
                let totals = Self.totals(of: excusal)
                return NormSummaryView(
                    anchor: Self.anchor(of: excusal.norm.key),
                    link: LinkView(href: links.href(routes.norm(excusal.norm.key)), text: excusal.norm.name[language]),
                    facts: normFacts(excusal.norm),
                    totals: PageText.totals(windows: totals.windows, duration: dates.duration(seconds: totals.seconds), in: language))
            })
        return PageView(layout: layout(title: text(SiteText.serviceNorms), route: \.norms), content: view)
    }

    /// A norm's page: what it measures, what excuses it, its years and latest windows.
    func norm(_ slot: Int) -> PageView<NormView> {
        let excusal = snapshot.excusal.norms[slot]
        let norm = excusal.norm
        let name = norm.name[language]
        let view = NormView(
            normName: name,
            facts: normFacts(norm),
            officeHoursText: norm.officeHoursOnly ? text(PageText.officeHours) : nil,
            calendarLink: LinkView(href: links.href(routes.calendar(norm.key)), text: text(PageText.calendar)),
            feedLinks: normFeeds(norm.key),
            yearsHeading: text(PageText.years),
            years: snapshot.years.norms[slot].map { year in
                let totals = self.totals(of: excusal, year: year)
                return NormYearSummaryView(
                    link: LinkView(href: links.href(routes.norm(norm.key, year: year)), text: "\(year)"),
                    windowCount: "\(totals.windows)",
                    excused: dates.duration(seconds: totals.seconds))
            },
            columnYear: text(PageText.year),
            columnWindows: text(PageText.windowCount),
            columnExcused: text(PageText.excusedTime),
            windowsHeading: text(PageText.latestWindows),
            windows: Self.latestWindows(excusal).map { windowRow($0) },
            noWindowsText: text(PageText.noExcusedWindows),
            columns: windowColumns)
        return PageView(layout: layout(title: name, route: { $0.norm(norm.key) }, feeds: normFeeds(norm.key)), content: view)
    }

    /// A norm's number of windows and excused time, as the norms page states them.
    static func totals(of excusal: NormExcusal) -> PageInputs.NormTotals {
        PageInputs.NormTotals(windows: excusal.windows.count, seconds: Int(excusal.excusedSeconds))
    }

    /// The windows of a norm that touch a local calendar year and their excused time within it.
    func totals(of excusal: NormExcusal, year: Int) -> PageInputs.NormTotals {
        let windows = excusal.windows(overlapping: yearRange(year)).compactMap { $0.range.intersection(yearRange(year)) }
        return PageInputs.NormTotals(windows: windows.count, seconds: Int(windows.reduce(0) { $0 + $1.duration }.rounded()))
    }

    /// The windows a norm's page lists, newest first.
    static func latestWindows(_ excusal: NormExcusal) -> [ExcusedWindow] {
        excusal.windows.suffix(latestNormWindows).reversed()
    }

    /// A norm's own Atom and RSS feeds: an entry per excused window.
    func normFeeds(_ key: NormKey) -> [FileLinkView] {
        [
            FileLinkView(href: links.href(routes.normAtomFeed(key)), text: text(PageText.normFeed(PageText.atomFeed)), mediaType: MediaType.atom.essence),
            FileLinkView(href: links.href(routes.normRSSFeed(key)), text: text(PageText.normFeed(PageText.rssFeed)), mediaType: MediaType.rss.essence),
        ]
    }

    /// A norm's windows (newest first) and periods of one year.
    func normYear(_ slot: Int, year: Int, page: Int = 1) -> PageView<NormYearView> {
        let excusal = snapshot.excusal.norms[slot]
        let norm = excusal.norm
        let windows = normYearWindows(excusal, year: year)
        let pageCount = max(1, (windows.count + YearGroups.windowsPerPage - 1) / YearGroups.windowsPerPage)
        let shown = Self.page(page, of: windows)
        let newer = page > 1 ? routes.norm(norm.key, year: year, page: page - 1) : nil
        let older = page < pageCount ? routes.norm(norm.key, year: year, page: page + 1) : nil
        let position = PageText.page(page, of: pageCount, in: language)
        let title = PageText.normYear(norm.name[language], year: year, in: language) + (page > 1 ? " – \(position)" : "")
        let view = NormYearView(
            heading: title,
            normLink: LinkView(href: links.href(routes.norm(norm.key)), text: norm.name[language]),
            windowsHeading: text(PageText.excusedWindows),
            windows: shown.map { windowRow($0) },
            columns: windowColumns,
            pagination: pageCount > 1
                ? PaginationView(
                    label: text(PageText.pagination),
                    newer: newer.map { LinkView(href: links.href($0), text: text(PageText.newerWindows)) },
                    older: older.map { LinkView(href: links.href($0), text: text(PageText.olderWindows)) },
                    position: position)
                : nil,
            periodsHeading: text(PageText.perPeriod),
            periods: excusal.periods.filter { $0.excusedSeconds > 0 && $0.period.hasPrefix("\(year)-") }.reversed().map { period in
                PeriodView(
                    period: LinkView(href: links.href(routes.norm(norm.key, period: period.period)), text: period.period),
                    duration: dates.duration(seconds: period.excusedSeconds))
            },
            columnPeriod: text(PageText.period),
            columnExcused: text(PageText.excusedTime),
            yearsHeading: text(PageText.years),
            years: snapshot.years.norms[slot].map { other in
                LinkView(href: links.href(routes.norm(norm.key, year: other)), text: "\(other)", current: other == year)
            })
        let relLinks = [newer.map { RelLinkView(rel: "prev", href: links.href($0)) },
                        older.map { RelLinkView(rel: "next", href: links.href($0)) }].compactMap { $0 }
        return PageView(
            layout: layout(title: title, route: { $0.norm(norm.key, year: year, page: page) }, relLinks: relLinks), content: view)
    }

    /// One evaluation period of a norm: its windows clipped to it and the sentence to cite.
    func normPeriod(_ slot: Int, period index: Int) -> PageView<NormPeriodView> {
        let excusal = snapshot.excusal.norms[slot]
        let norm = excusal.norm
        let period = excusal.periods[index]
        let range = TimeRange(start: period.start, end: period.end)
        // A window still open is "ongoing" here only if it runs past the period's end into
        // now; each names only the incidents whose own excused time lies in it.
        let causes = snapshot.periodCauses.sorted(norm: slot, period: index)
        let clipped = excusal.windows(overlapping: range).compactMap { window in
            window.clipped(to: range).map { part in
                ExcusedWindow(
                    range: part.range, incidents: causes.incidents(touching: part.range),
                    ongoing: window.ongoing && part.range.end == window.range.end)
            }
        }
        let incidents = causes.incidents()
        let name = norm.name[language]
        let title = PageText.normPeriod(name, period: period.period, in: language)
        let excused = dates.duration(seconds: period.excusedSeconds)
        let year = String(period.period.prefix { $0 != "-" })
        let statement = PageText.periodStatement(
            norm: name, period: period.period, from: compactTime(period.start), until: compactTime(period.end),
            excused: excused,
            windows: clipped.map { (compactTime($0.range.start), $0.ongoing ? nil : compactTime($0.range.end)) },
            incidents: incidents.map { snapshot.facts(of: $0)?.incident.title ?? $0.rawValue }, in: language)
        let view = NormPeriodView(
            heading: title,
            normLink: LinkView(href: links.href(routes.norm(norm.key)), text: name),
            statement: statement,
            facts: [
                FactView(term: text(PageText.period), text: PageText.periodName(period.period, in: language)),
                FactView(term: text(PageText.periodStart), time: compactTime(period.start)),
                FactView(term: text(PageText.periodEnd), time: compactTime(period.end)),
                FactView(term: text(PageText.excusedTime), text: excused),
            ],
            windowsHeading: text(PageText.excusedWindows),
            windows: clipped.map { windowRow($0, listingAll: true) },
            columns: windowColumns,
            explanationHeading: text(PageText.howDerived),
            rules: sentence(ExplanationWording(language: language, clock: dates.clock).rules(norm, serviceNames: norm.services.map { key in
                snapshot.configuration.catalogue.service(key)?.name[language] ?? key.rawValue
            })),
            explanations: explanations(of: excusal, slot: slot, period: index),
            yearLink: LinkView(
                href: links.href(Int(year).map { routes.norm(norm.key, year: $0) } ?? routes.norm(norm.key)),
                text: PageText.normYear(name, year: Int(year) ?? 0, in: language)))
        return PageView(layout: layout(title: title, route: { $0.norm(norm.key, period: period.period) }), content: view)
    }

    /// What a norm measures, per which period, which services excuse it, the grace.
    private func normFacts(_ norm: Norm) -> [FactView] {
        [
            FactView(term: text(PageText.threshold), text: norm.threshold[language]),
            FactView(term: text(PageText.evaluatedPer), text: text(norm.period == .isoWeek ? PageText.isoWeek : PageText.calendarMonth)),
            norm.services.isEmpty
                ? FactView(term: text(PageText.excusedBy), text: text(PageText.notExcusedByServices))
                : FactView(term: text(PageText.excusedBy), links: norm.services.map(serviceLink)),
            FactView(term: text(PageText.grace), text: PageText.text(for: norm.grace, in: language)),
        ]
    }

    private var windowColumns: WindowColumns {
        WindowColumns(from: text(PageText.from), until: text(PageText.until), incidents: text(PageText.incidents))
    }

    /// How many incidents a window's row names; a merged window can chain thousands, whose
    /// period pages name them where they lie.
    static let incidentsPerWindowRow = 5

    /// A window as a table row: its start, its end (or "loopt nog") and the incidents
    /// behind it, all of them on a period page, else the first few and how many more.
    private func windowRow(_ window: ExcusedWindow, listingAll: Bool = false) -> NormWindowView {
        let shown = self.window(window.range, ongoing: window.ongoing)
        let listed = listingAll ? window.incidents[...] : window.incidents.prefix(Self.incidentsPerWindowRow)
        let more = window.incidents.count - listed.count
        return NormWindowView(
            start: shown.start, end: shown.end, ongoingText: shown.ongoingText, incidentLinks: listed.map(incidentLink),
            moreText: more > 0 ? PageText.moreIncidents(more, in: language) : nil)
    }

    /// A norm's windows that touch a local calendar year, newest first.
    func normYearWindows(_ excusal: NormExcusal, year: Int) -> [ExcusedWindow] {
        Array(excusal.windows(overlapping: yearRange(year)).reversed())
    }

    /// The windows of page `page` (1-based) of a norm's year.
    static func page(_ page: Int, of windows: [ExcusedWindow]) -> ArraySlice<ExcusedWindow> {
        let size = YearGroups.windowsPerPage
        return windows[min(windows.count, (page - 1) * size)..<min(windows.count, page * size)]
    }

    /// A local calendar year as instants.
    private func yearRange(_ year: Int) -> TimeRange {
        TimeRange(
            start: dates.clock.instant(LocalDateTime(year: year, month: 1, day: 1)),
            end: dates.clock.instant(LocalDateTime(year: year + 1, month: 1, day: 1)))
    }

    /// How each window touching a period was derived: the whole merged window, with the
    /// impacts of the incidents behind the period (those whose own excused time lies in
    /// it), so the page stays bounded by the period however long the window runs.
    /// How many impact windows a window's explanation spells out on a period page; a busy
    /// week of a large history has hundreds, which made pages of 240 KB and a build ten
    /// times slower. The others are named and linked; `excused --explain` gives them all.
    static let derivationsExplainedPerWindow = 12

    func explanations(of excusal: NormExcusal, slot: Int, period index: Int) -> [WindowExplanationView] {
        let period = excusal.periods[index]
        let range = TimeRange(start: period.start, end: period.end)
        let wording = ExplanationWording(language: language, clock: dates.clock, citingLines: false)
        return derivations.explainedWindows(norm: slot, period: index).map { explained in
            let shown = explained.derivations.prefix(Self.derivationsExplainedPerWindow)
            var named = Set(shown.map(\.incident))
            var others: [IncidentID] = []
            for derivation in explained.derivations.dropFirst(shown.count) where named.insert(derivation.incident).inserted {
                others.append(derivation.incident)
            }
            var more: [StatementPart] = others.isEmpty ? [] : [.text(PageText.alsoInWindow(others.count, in: language))]
            for (index, incident) in others.enumerated() {
                if index > 0 { more.append(.text(", ")) }
                more.append(.link(incidentLink(incident)))
            }
            return WindowExplanationView(
                summary: sentence(wording.summary(explained)),
                derivations: shown.map { derivation in
                    DerivationView(
                        incident: incidentLink(derivation.incident),
                        steps: wording.steps(derivation, within: range).map(sentence))
                },
                more: more)
        }
    }

    /// An explanation's line as the parts of a sentence on the page: times as `<time>`
    /// (read as the wording writes them), incidents as links to their pages.
    func sentence(_ line: ExplanationLine) -> [StatementPart] {
        line.map { piece in
            switch piece {
            case .text(let text): .text(text)
            case .time(let instant): .time(explanationTimes.time(instant))
            case .ongoingEnd(let instant): .time(ongoingEnd(instant))
            case .incident(let id): .link(incidentLink(id))
            }
        }
    }

}
