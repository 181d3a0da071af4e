import Foundation
import ServiceNorms

extension Project {
    /// The excusal stage: every norm's merged excused windows and periods at `asOf`.
    public func excusalReport(asOf: Date) -> ExcusalReport {
        ExcusalEngine(catalogue: configuration.catalogue, calendar: configuration.calendar)
            .report(for: incidents, asOf: asOf)
    }
}
