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
        norms = excusal.norms.map { excusal in
            var years: Set<Int> = []
            for window in excusal.windows {
                let first = clock.localDateTime(at: window.range.start).year
                let last = clock.localDateTime(at: window.range.end.addingTimeInterval(-1)).year
                for year in first...max(first, last) { years.insert(year) }
            }
            return years.sorted(by: >)
        }
    }

    public static func == (lhs: YearGroups, rhs: YearGroups) -> Bool {
        lhs.norms == rhs.norms && lhs.services.elementsEqual(rhs.services) { $0.elementsEqual($1) { $0.year == $1.year && $0.positions == $1.positions } }
    }
}
