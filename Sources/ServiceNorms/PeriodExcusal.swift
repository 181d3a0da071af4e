import Foundation

/// How much excused time a norm has inside one evaluation period, the figure a seller's
/// score is corrected by.
public struct PeriodExcusal: Sendable, Hashable {
    /// `2023-W51` or `2023-12`.
    public var period: String
    /// When the period starts (local 00:00 of its first day).
    public var start: Date
    /// When the next period starts.
    public var end: Date
    /// Real elapsed seconds (DST-aware) of the norm's excused windows inside the period.
    public var excusedSeconds: Int

    /// The excused seconds of one period, with its label and bounds.
    public init(period: String, start: Date, end: Date, excusedSeconds: Int) {
        self.period = period
        self.start = start
        self.end = end
        self.excusedSeconds = excusedSeconds
    }
}
