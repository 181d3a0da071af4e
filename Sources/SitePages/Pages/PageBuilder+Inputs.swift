import Foundation
import IncidentModel
import ServiceNorms
import SiteContent

/// What a page is made of besides the theme and the settings, for `OutputCache`
/// (`storingen serve`; each `PageKind` says which of these it is): gathered and compared in a fraction of the time building the
/// page's view takes. The facts of the incidents a page shows are compared by identity
/// (`SameFacts`); the windows and periods it shows by value.
enum PageInputs {
    /// An incident's page, an archive page, a service's year: the incidents shown, and
    /// the numbers that decide the rest (page count, the years linked).
    struct Listing: Equatable, Sendable {
        var facts: SameFacts
        var shape: [Int]
    }

    /// A page's inputs and the build time its frame states (nil: a placeholder).
    struct Stamped<Inputs: Equatable & Sendable>: Equatable, Sendable {
        var inputs: Inputs
        var builtAt: Date?
    }

    /// A norm's year or period: its windows and periods by value, the incidents they name.
    struct Windows: Equatable, Sendable {
        var windows: [ExcusedWindow]
        var periods: [PeriodExcusal]
        var years: [Int]
        var named: SameFacts
    }

    /// A norm's period, when its page shows the moment only through placeholders: a
    /// period that has ended shows a window or an unresolved impact running to the moment
    /// as the moment's placeholder, and nothing else on it moves with the clock. Such a
    /// window's end is left out, and the incidents are compared by what was written in
    /// them, so an incident left open for years does not make its hundreds of past
    /// periods' pages again at every minute. `moment`: the moment itself, for a period
    /// still running (its excused time grows) or a page that writes the time.
    struct Period: Equatable, Sendable {
        var windows: [ExcusedWindow]
        var period: PeriodExcusal
        var named: SameIncidents
        var moment: Moment?

        init(windows: some Sequence<ExcusedWindow>, period: PeriodExcusal, named: [IncidentFacts], at moment: Moment, placeholders: Bool) {
            let stable = placeholders && period.end <= moment.instant
            self.windows = windows.map { window in
                guard stable, window.ongoing, window.range.end == moment.instant else { return window }
                var running = window
                running.range = TimeRange(start: window.range.start, end: .distantFuture)
                return running
            }
            self.period = period
            self.named = SameIncidents(named)
            self.moment = stable ? nil : moment
        }
    }
}

extension PageBuilder {
    /// The facts of the incidents a page names, in the order it names them (the same
    /// inputs give the same order, and a new order is a change of the page anyway).
    func named(_ ids: some Sequence<IncidentID>) -> SameFacts {
        SameFacts(ids.compactMap { snapshot.facts(of: $0) })
    }
}
