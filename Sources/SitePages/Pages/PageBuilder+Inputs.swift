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
}

extension PageBuilder {
    /// The facts of the incidents a page names, in the order it names them (the same
    /// inputs give the same order, and a new order is a change of the page anyway).
    func named(_ ids: some Sequence<IncidentID>) -> SameFacts {
        SameFacts(ids.compactMap { snapshot.facts(of: $0) })
    }
}
