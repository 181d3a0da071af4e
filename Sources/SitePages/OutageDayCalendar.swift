import Foundation
import IncidentModel
import ServiceNorms
import SiteContent

/// The last 90 local days (up to the reference time) of a service: per day the worst
/// impact of the incidents and maintenance that touched it, how long something was
/// wrong, and which incidents; and the service's availability over those days. The data
/// behind the 90-day bars of the front page and the service pages.
struct OutageDayCalendar: Sendable {
    /// The worst of a day, from best to worst; an incident outweighs maintenance.
    enum Level: Int, Sendable, Comparable, CaseIterable {
        case clear
        case maintenance
        /// An incident of impact `minor`.
        case minor
        /// An incident of impact `major`.
        case major
        /// An incident of impact `critical`.
        case critical

        init(kind: IncidentKind, impact: Impact) {
            switch (kind, impact) {
            case (.maintenance, _): self = .maintenance
            case (.incident, .none): self = .clear
            case (.incident, .minor): self = .minor
            case (.incident, .major): self = .major
            case (.incident, .critical): self = .critical
            }
        }

        /// For CSS classes: `day-clear`, `day-major`, ….
        var key: String {
            switch self {
            case .clear: "clear"
            case .maintenance: "maintenance"
            case .minor: "minor"
            case .major: "major"
            case .critical: "critical"
            }
        }

        static func < (lhs: Level, rhs: Level) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// One incident or maintenance as the bar sees it.
    struct Entry: Sendable {
        /// Its position in `SiteSnapshot.facts`.
        var position: Int
        var level: Level
        var windows: [ImpactWindow]
    }

    /// One day of the bar.
    struct Day: Sendable, Equatable {
        var date: LocalDate
        var level: Level = .clear
        /// Seconds of the day in any window of the service (real elapsed time).
        var seconds = 0
        /// The incidents that touched the day, worst first (positions in `SiteSnapshot.facts`).
        var incidents: [Int] = []
    }

    /// A service over the bar's days.
    struct Summary: Sendable, Equatable {
        var days: [Day]
        /// Seconds of the bar's span with a `major` or `critical` incident open.
        var unavailableSeconds: Int
        /// Seconds with only a `minor` incident open.
        var degradedSeconds: Int
        /// The bar's span: from its first midnight to the reference time.
        var totalSeconds: Int

        /// The share of the span without a `major` or `critical` incident, 0…1.
        var availability: Double {
            totalSeconds > 0 ? 1 - Double(unavailableSeconds) / Double(totalSeconds) : 1
        }
    }

    static let dayCount = 90

    let clock: WallClock
    /// The site's moment: the bar ends there.
    let moment: Moment
    /// The bar's first day: 89 days before the local date of the moment.
    let firstDay: LocalDate

    init(clock: WallClock, moment: Moment) {
        self.clock = clock
        self.moment = moment
        firstDay = LocalDate(clock.localDateTime(at: moment.instant)).adding(days: -(Self.dayCount - 1))
    }

    /// The days of the bar, oldest first.
    var days: [LocalDate] { (0..<Self.dayCount).map { firstDay.adding(days: $0) } }

    /// The bar and availability of a service with these incidents. Windows are
    /// half-open: one that ends at midnight does not touch the next day; they are cut at
    /// the moment, so planned maintenance shows only once it has begun.
    func summary(of entries: some Sequence<Entry>) -> Summary {
        let dates = days
        let midnights = dates.map { clock.instant($0.midnight) } + [clock.instant(firstDay.adding(days: Self.dayCount).midnight)]
        let barStart = midnights[0]
        let now = moment.instant
        var result = dates.map { Day(date: $0) }
        var levels = [[Level]](repeating: [], count: Self.dayCount)
        var spans: [[TimeRange]] = Array(repeating: [], count: Self.dayCount)
        var unavailable: [TimeRange] = []
        var degraded: [TimeRange] = []
        for entry in entries {
            for window in entry.windows {
                let range = window.range(at: moment)
                guard range.start <= now else { continue }
                let end = min(range.end, now)
                guard end > barStart || (end == range.start && range.start >= barStart) else { continue }
                let clipped = TimeRange(start: max(range.start, barStart), end: max(end, max(range.start, barStart)))
                if entry.level >= .major { unavailable.append(clipped) } else if entry.level == .minor { degraded.append(clipped) }
                guard let touched = dayIndices(from: clipped.start, to: clipped.end) else { continue }
                for day in touched {
                    if entry.level > result[day].level { result[day].level = entry.level }
                    if !result[day].incidents.contains(entry.position) {
                        result[day].incidents.append(entry.position)
                        levels[day].append(entry.level)
                    }
                    let piece = TimeRange(start: max(clipped.start, midnights[day]), end: min(clipped.end, midnights[day + 1]))
                    if piece.end > piece.start { spans[day].append(piece) }
                }
            }
        }
        for day in result.indices {
            result[day].seconds = Self.seconds(covering: spans[day])
            // Worst first, then in snapshot order (newest first).
            let order = zip(result[day].incidents, levels[day]).sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
            result[day].incidents = order.map(\.0)
        }
        let unavailableSeconds = Self.seconds(covering: unavailable)
        return Summary(
            days: result,
            unavailableSeconds: unavailableSeconds,
            degradedSeconds: max(0, Self.seconds(covering: unavailable + degraded) - unavailableSeconds),
            totalSeconds: max(0, Int(now.timeIntervalSince(barStart))))
    }

    /// The real elapsed seconds of the union of `ranges`.
    private static func seconds(covering ranges: [TimeRange]) -> Int {
        var total: TimeInterval = 0
        var current: TimeRange?
        for range in ranges.sorted(by: { $0.start < $1.start }) {
            if let open = current, range.start <= open.end {
                current = TimeRange(start: open.start, end: max(open.end, range.end))
            } else {
                if let open = current { total += open.duration }
                current = range
            }
        }
        if let open = current { total += open.duration }
        return Int(total.rounded())
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
