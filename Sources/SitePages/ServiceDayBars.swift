import Foundation
import IncidentModel
import OutputEncoding
import ParallelWork
import SiteContent

/// The 90 days of every catalogue service, worked out once per render for the front
/// page's grid, the services page and each service's page.
struct ServiceDayBars: Sendable {
    let calendar: OutageDayCalendar
    /// Per catalogue service, in catalogue order.
    let summaries: [OutageDayCalendar.Summary]

    init(_ snapshot: SiteSnapshot) {
        let calendar = OutageDayCalendar(clock: snapshot.excusal.clock, moment: snapshot.moment)
        self.calendar = calendar
        // Every service reads all its incidents' windows (an open one from years ago still
        // reaches the bar): on every core, since each save of `serve` works them out again.
        let services = snapshot.positionsByService
        summaries = ConcurrentMap.map(services.count, concurrently: true) { slot in
            calendar.summary(of: services[slot].lazy.map { position in
                let facts = snapshot.facts[position]
                return OutageDayCalendar.Entry(
                    position: position, level: .init(kind: facts.incident.kind, impact: facts.incident.impact),
                    windows: facts.windows)
            })
        }
    }
}
