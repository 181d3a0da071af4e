import Foundation
import IncidentModel

/// One stretch of time a norm is evaluated over (`2023-W51`, `2023-12`), as instants,
/// so that excused time can be measured inside it.
public struct EvaluationPeriod: Sendable, Hashable {
    /// `2023-W51` for an ISO week, `2023-12` for a month.
    public var label: String
    /// Local 00:00 of its first day up to local 00:00 of the next period's first day.
    public var range: TimeRange

    /// A period with its label and its span of instants.
    public init(label: String, range: TimeRange) {
        self.label = label
        self.range = range
    }
}
