import Foundation
import IncidentModel
import ServiceNorms
import SiteContent

/// What a page is made of besides the theme and the settings, for `OutputCache`
/// (`storingen serve`): gathered and compared in a fraction of the time building the
/// page's view takes. The facts of the incidents a page shows are compared by identity
/// (`SameFacts`); the windows and periods it shows by value.
enum PageInputs {
    /// An incident's page, an archive page, a service's year: the incidents shown, and
    /// the numbers that decide the rest (page count, the years linked).
    struct Listing: Equatable, Sendable {
        var facts: SameFacts
        var shape: [Int]
    }

    /// A page's inputs and the build time its frame states.
    struct Stamped<Inputs: Equatable & Sendable>: Equatable, Sendable {
        var inputs: Inputs
        var builtAt: Date
    }

    /// A norm's year or period: its windows and periods by value, the incidents they name.
    struct Windows: Equatable, Sendable {
        var windows: [ExcusedWindow]
        var periods: [PeriodExcusal]
        var years: [Int]
        var named: SameFacts
    }
}

extension PageBuilder {
    /// The inputs of `page`; nil for the pages that draw on a little of everything (front
    /// page, services, norms, 404), which are few and are compared by their whole view.
    func inputs(of page: SitePage) -> (any Equatable & Sendable)? {
        switch page {
        case .incident(let position):
            return PageInputs.Listing(facts: SameFacts([snapshot.facts[position]]), shape: [])
        case .archive(let number):
            return PageInputs.Listing(
                facts: SameFacts(snapshot.archiveSlice(page: number).map { snapshot.facts[$0] }),
                shape: [snapshot.archivePageCount])
        case .serviceYear(let slot, let year):
            let groups = snapshot.years.services[slot]
            let positions = groups.first { $0.year == year }?.positions ?? []
            return PageInputs.Listing(facts: SameFacts(positions.map { snapshot.facts[$0] }), shape: groups.map(\.year))
        case .normYear(let slot, let year, let page):
            let excusal = snapshot.excusal.norms[slot]
            let windows = normYearWindows(excusal, year: year)
            let shown = Self.page(page, of: windows)
            return PageInputs.Windows(
                windows: windows, periods: excusal.periods.filter { $0.period.hasPrefix("\(year)-") },
                years: snapshot.years.norms[slot],
                named: named(shown.flatMap { $0.incidents.prefix(Self.incidentsPerWindowRow) }))
        case .normPeriod(let slot, let index):
            let excusal = snapshot.excusal.norms[slot]
            let period = excusal.periods[index]
            let causes = snapshot.periodCauses.windows[slot][index]
            return PageInputs.Windows(
                windows: Array(excusal.windows(overlapping: TimeRange(start: period.start, end: period.end))),
                periods: [period], years: [], named: named(causes.flatMap(\.incidents)))
        case .home, .services, .service, .norms, .norm, .notFound:
            return nil
        }
    }

    /// The facts of the incidents a page names, in the order it names them (the same
    /// inputs give the same order, and a new order is a change of the page anyway).
    private func named(_ ids: some Sequence<IncidentID>) -> SameFacts {
        SameFacts(ids.compactMap { snapshot.facts(of: $0) })
    }
}
