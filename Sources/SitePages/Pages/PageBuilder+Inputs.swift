import Foundation
import IncidentModel
import ServiceNorms
import SiteContent

/// What a page is made of besides the theme and the settings, for `OutputCache`
/// (`storingen serve`; each `PageKind` says which of these it is): gathered and compared in a fraction of the time building the
/// page's view takes. The facts of the incidents a page shows are compared by identity
/// (`SameFacts`), or, where facts worked out again for a moved moment show the same, by
/// what was written (`IncidentFacts.showsTheSameAsWritten`); the windows and periods it shows by value.
enum PageInputs {
    /// An archive page or a service's year: rows of incidents, each showing the incident
    /// as written and its state, and the numbers that decide the rest (page count, the
    /// years linked). Facts worked out again only because the moment moved (an unresolved
    /// incident's windows grew) show the same row, so a forgotten "Opgelost" does not
    /// make its listings again at every minute; they are compared as written (`SameIncidents`)
    /// only when they are not the same facts.
    struct Rows: Equatable, Sendable {
        var facts: SameIncidents
        var shape: [Int]
    }

    /// An incident's page: the incident as written, its state, and what it shows of the
    /// norms it excuses (`PageBuilder.excusedShown`), which an unresolved incident's
    /// moving windows change only when a window or period starts.
    struct IncidentPage: Equatable, Sendable {
        var facts: IncidentFacts

        static func == (lhs: IncidentPage, rhs: IncidentPage) -> Bool {
            lhs.facts === rhs.facts
                || (lhs.facts.showsTheSameAsWritten(rhs.facts)
                    && PageBuilder.excusedShown(lhs.facts) == PageBuilder.excusedShown(rhs.facts))
        }
    }

    /// A page's inputs and the build time its frame states (nil: a placeholder).
    struct Stamped<Inputs: Equatable & Sendable>: Equatable, Sendable {
        var inputs: Inputs
        var builtAt: Date?
    }

    /// A norm's year: its windows and periods by value, the years linked, and the
    /// incidents its rows name, as written (titles and links). A row of a window still
    /// running shows no end ("loopt nog"), so that end, which moves with the moment, is
    /// not compared: an incident left open for years does not make the pages of every
    /// year it ran through again at every minute. The running year's periods still
    /// change, and with them its page.
    struct Windows: Equatable, Sendable {
        var windows: [ExcusedWindow]
        var periods: [PeriodExcusal]
        var years: [Int]
        var named: SameIncidents

        static func == (lhs: Windows, rhs: Windows) -> Bool {
            lhs.windows.count == rhs.windows.count && lhs.periods == rhs.periods && lhs.years == rhs.years
                && zip(lhs.windows, rhs.windows).allSatisfy { left, right in
                    left == right
                        || (left.ongoing && right.ongoing && left.range.start == right.range.start
                            && left.incidents == right.incidents)
                }
                && lhs.named == rhs.named
        }
    }

    /// A norm's period, when its page shows the moment only through placeholders: a
    /// period that has ended shows a window or an unresolved impact running to the moment
    /// as the moment's placeholder, and nothing else on it moves with the clock. Such a
    /// window's end is not compared, and the incidents are compared by what was written
    /// in them, so an incident left open for years does not make its hundreds of past
    /// periods' pages again at every minute. A period still running (its excused time
    /// grows), or a page that writes the time, compares the moment itself. Kept as given
    /// and compared lazily: every save gathers these for thousands of periods.
    struct Period: Equatable, Sendable {
        var windows: [ExcusedWindow]
        var period: PeriodExcusal
        var named: SameIncidents
        var moment: Moment
        var stable: Bool

        init(windows: some Sequence<ExcusedWindow>, period: PeriodExcusal, named: [IncidentFacts], at moment: Moment, placeholders: Bool) {
            self.windows = Array(windows)
            self.period = period
            self.named = SameIncidents(named)
            self.moment = moment
            stable = placeholders && period.end <= moment.instant
        }

        static func == (lhs: Period, rhs: Period) -> Bool {
            guard lhs.period == rhs.period, lhs.stable == rhs.stable, lhs.windows.count == rhs.windows.count,
                  lhs.stable || lhs.moment == rhs.moment else { return false }
            let sameWindows = zip(lhs.windows, rhs.windows).allSatisfy { left, right in
                left == right
                    || (lhs.stable && left.incidents == right.incidents && left.range.start == right.range.start
                        && lhs.runsToTheMoment(left) && rhs.runsToTheMoment(right))
            }
            return sameWindows && lhs.named == rhs.named
        }

        /// Whether `window` ends at the moment, which the page states as a placeholder.
        private func runsToTheMoment(_ window: ExcusedWindow) -> Bool {
            window.ongoing && window.range.end == moment.instant
        }
    }
}

extension PageInputs {
    /// A service as the front page's grid, the services page and its own page show it at
    /// a glance: its state and its 90 days, with the incident each day links to (a day
    /// holds incidents by position, which a new incident shifts).
    struct Glance: Equatable, Sendable {
        var state: ServiceState
        var days: OutageDayCalendar.Summary
        var linked: [IncidentID?]
    }

    /// The front page: the state, what is open (cards and lines), what was resolved
    /// lately, and every service at a glance.
    struct Home: Equatable, Sendable {
        var status: SiteStatus
        var open: SameIncidents
        var recent: SameIncidents
        var services: [Glance]
    }

    /// A service's page: at a glance, its latest incidents as rows and the years linked.
    struct Service: Equatable, Sendable {
        var glance: Glance
        var recent: SameIncidents
        var years: [Int]
    }

    /// The norms page: each norm's number of windows and excused time, as shown.
    struct Norms: Equatable, Sendable {
        var totals: [NormTotals]
    }

    /// A norm's windows and their excused time in whole seconds, as a page states them.
    struct NormTotals: Equatable, Sendable {
        var windows: Int
        var seconds: Int
    }

    /// A norm's page: its years' totals and its latest windows, with the incidents their
    /// rows name (as written).
    struct Norm: Equatable, Sendable {
        var years: [Int]
        var totals: [NormTotals]
        var latest: [ExcusedWindow]
        var named: SameIncidents
    }
}

extension PageBuilder {
    /// What the service at `slot` shows at a glance (`PageInputs.Glance`).
    func glance(_ slot: Int) -> PageInputs.Glance {
        let days = dayBars.summaries[slot]
        return PageInputs.Glance(
            state: snapshot.status.services[slot], days: days,
            linked: days.days.map { day in day.level == .clear ? nil : day.incidents.first.map { snapshot.facts[$0].id } })
    }

    /// The facts of the incidents a window row names (`windowRow`), as far as the snapshot holds them.
    func namedInRows(_ windows: some Sequence<ExcusedWindow>) -> SameIncidents {
        SameIncidents(windows.flatMap { $0.incidents.prefix(Self.incidentsPerWindowRow) }.compactMap { snapshot.facts(of: $0) })
    }
}
