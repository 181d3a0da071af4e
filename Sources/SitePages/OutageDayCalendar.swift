import Foundation
import IncidentModel
import ServiceNorms
import SiteContent

/// Which of the last 90 local days (up to the reference time) an impact window of a
/// service's incidents touched: the data behind a service's 90-day bar.
struct OutageDayCalendar: Sendable {
    /// What a day of the bar shows; an incident outweighs maintenance on the same day.
    enum Mark: Int, Sendable, Comparable {
        case clear
        case maintenance
        case incident

        static func < (lhs: Mark, rhs: Mark) -> Bool { lhs.rawValue < rhs.rawValue }

        /// `clear`, `maintenance` or `incident`, for CSS classes.
        var key: String {
            switch self {
            case .clear: "clear"
            case .maintenance: "maintenance"
            case .incident: "incident"
            }
        }
    }

    static let dayCount = 90

    let clock: WallClock
    let asOf: Date
    /// The bar's first day: 89 days before the local date of `asOf`.
    let firstDay: LocalDate

    init(clock: WallClock, asOf: Date) {
        self.clock = clock
        self.asOf = asOf
        firstDay = LocalDate(clock.localDateTime(at: asOf)).adding(days: -(Self.dayCount - 1))
    }

    /// The days of the bar, oldest first.
    var days: [LocalDate] { (0..<Self.dayCount).map { firstDay.adding(days: $0) } }

    /// The mark of each day of the bar for the given incidents' windows. Windows are
    /// half-open: one that ends at midnight does not touch the next day; windows are cut
    /// at `asOf`, so planned maintenance shows only once it has begun.
    func marks(for incidents: some Sequence<(kind: IncidentKind, windows: [ImpactWindow])>) -> [Mark] {
        var marks = [Mark](repeating: .clear, count: Self.dayCount)
        let barStart = clock.instant(firstDay.midnight)
        for incident in incidents {
            let mark: Mark = incident.kind == .maintenance ? .maintenance : .incident
            for window in incident.windows {
                let range = window.range(asOf: asOf)
                guard range.start <= asOf else { continue }
                let end = min(range.end, asOf)
                guard end > barStart || (end == range.start && range.start >= barStart) else { continue }
                guard let days = dayIndices(from: max(range.start, barStart), to: end) else { continue }
                for day in days where marks[day] < mark { marks[day] = mark }
            }
        }
        return marks
    }

    /// The bar positions of the local days `[start, end)` touches (the start's day alone
    /// for an empty span), or nil when none lies on the bar.
    private func dayIndices(from start: Date, to end: Date) -> ClosedRange<Int>? {
        let first = LocalDate(clock.localDateTime(at: start)).daysSinceEpoch - firstDay.daysSinceEpoch
        let endReading = clock.localDateTime(at: end)
        var last = LocalDate(endReading).daysSinceEpoch - firstDay.daysSinceEpoch
        if end > start, endReading == LocalDate(endReading).midnight { last -= 1 }
        let lower = max(first, 0), upper = min(max(last, first), Self.dayCount - 1)
        return lower <= upper ? lower...upper : nil
    }
}
