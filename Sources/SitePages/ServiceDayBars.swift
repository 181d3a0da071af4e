import Foundation
import IncidentModel
import SiteContent

/// The 90-day bar of every catalogue service, worked out once per render for the
/// services page and each service's page.
struct ServiceDayBars: Sendable {
    let calendar: OutageDayCalendar
    /// Per catalogue service (in catalogue order), the mark of each day, oldest first.
    let marks: [[OutageDayCalendar.Mark]]

    init(_ snapshot: SiteSnapshot) {
        let calendar = OutageDayCalendar(clock: snapshot.excusal.clock, asOf: snapshot.asOf)
        self.calendar = calendar
        marks = snapshot.positionsByService.map { positions in
            calendar.marks(for: positions.lazy.map { (snapshot.facts[$0].incident.kind, snapshot.facts[$0].windows) })
        }
    }
}
