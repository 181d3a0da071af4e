import Foundation
import ServiceNorms

extension Project {
    /// The excusal stage: every norm's merged excused windows and periods at the
    /// project's moment.
    public func excusalReport() -> ExcusalReport {
        ExcusalEngine(catalogue: configuration.catalogue, calendar: configuration.calendar)
            .report(for: incidents, at: moment)
    }
}
