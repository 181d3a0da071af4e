import Foundation
import IncidentModel
import ServiceNorms

/// History split by local year, newest first, so no page grows with the corpus: a
/// service's incidents per year and a norm's excused windows per year have pages of
/// their own.
public struct YearGroups: Sendable, Equatable {
    /// Per catalogue service, its years with the positions of its incidents (newest first).
    public let services: [[(year: Int, positions: [Int])]]
    /// Per catalogue norm (the report's order), the years its windows touch, newest first.
    public let norms: [[Int]]
    /// Parallel to `norms`: how many windows touch each of those years.
    public let normWindowCounts: [[Int]]

    /// How many windows a norm's year page lists; office-hours norms have a window per
    /// business day, so a year can fill several pages.
    public static let windowsPerPage = 150

    /// How many pages the year at `index` of a norm's years fills, at least one.
    public func pageCount(norm slot: Int, yearAt index: Int) -> Int {
        max(1, (normWindowCounts[slot][index] + Self.windowsPerPage - 1) / Self.windowsPerPage)
    }

    init(facts: [IncidentFacts], positionsByService: [[Int]], excusal: ExcusalReport) {
        let clock = excusal.clock
        services = positionsByService.map { positions in
            var groups: [(year: Int, positions: [Int])] = []
            for position in positions {
                let year = clock.localDateTime(at: facts[position].sortDate).year
                if groups.last?.year == year { groups[groups.count - 1].positions.append(position) } else { groups.append((year, [position])) }
            }
            return groups
        }
        let counted = excusal.norms.map { excusal in
            var years: [Int: Int] = [:]
            for window in excusal.windows {
                let first = clock.localDateTime(at: window.range.start).year
                let last = clock.localDateTime(at: window.range.end.addingTimeInterval(-1)).year
                for year in first...max(first, last) { years[year, default: 0] += 1 }
            }
            return years.sorted { $0.key > $1.key }
        }
        norms = counted.map { $0.map(\.key) }
        normWindowCounts = counted.map { $0.map(\.value) }
    }

    public static func == (lhs: YearGroups, rhs: YearGroups) -> Bool {
        lhs.norms == rhs.norms && lhs.normWindowCounts == rhs.normWindowCounts && lhs.services.elementsEqual(rhs.services) { $0.elementsEqual($1) { $0.year == $1.year && $0.positions == $1.positions } }
    }
}
