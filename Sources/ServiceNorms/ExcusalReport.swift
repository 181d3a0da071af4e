import Foundation
import IncidentModel

/// Which windows every norm of the catalogue is excused for, as known at a moment: the
/// data behind `storingen excused`, `api/excused.json` and the `.ics` files.
public struct ExcusalReport: Sendable, Hashable {
    /// The moment it describes, where ongoing windows end.
    public var moment: Moment
    /// The clock periods were computed in and times are shown in.
    public var clock: WallClock
    /// Every norm of the catalogue, in catalogue order, empty ones included.
    public var norms: [NormExcusal]

    /// A report of the given norms as known at `moment`, its times shown on `clock`.
    public init(moment: Moment, clock: WallClock = .amsterdam, norms: [NormExcusal]) {
        self.moment = moment
        self.clock = clock
        self.norms = norms
    }

    /// The excusal of one norm, or nil when the catalogue has no such norm.
    public func excusal(of key: NormKey) -> NormExcusal? {
        norms.first { $0.norm.key == key }
    }

    /// The window excusing `norm` at `instant`, naming the incidents whose own window
    /// contains the instant, or nil when the norm counts then; the question behind
    /// `excused --at`.
    public func excusal(at instant: Date, norm key: NormKey) -> ExcusedWindow? {
        excusal(of: key)?.excuse(at: instant)
    }

    /// The windows that overlap `[from, to)`, clipped to it, with the periods measured
    /// again over the clipped windows (`excused --from --to`). A missing bound leaves that
    /// side open; bounds with `from >= to` leave nothing.
    public func clipped(from: Date? = nil, to: Date? = nil) -> ExcusalReport {
        let lower = from ?? .distantPast
        let upper = to ?? .distantFuture
        let periods = PeriodCalendar(clock: clock)
        let clippedNorms = norms.map { excusal in
            guard lower < upper else { return NormExcusal(norm: excusal.norm, windows: [], periods: [], causes: ExcusalCauses([])) }
            let bounds = TimeRange(start: lower, end: upper)
            let windows = excusal.windows.compactMap { $0.clipped(to: bounds) }
            return NormExcusal(
                norm: excusal.norm, windows: windows,
                periods: periods.excusal(of: windows.map(\.range), per: excusal.norm.period), causes: excusal.causes)
        }
        return ExcusalReport(moment: moment, clock: clock, norms: clippedNorms)
    }
}
