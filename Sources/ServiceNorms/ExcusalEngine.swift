import Foundation
import IncidentModel
import ParallelWork

/// Turns incidents into excused windows per norm (docs/excusal.md, The norms and their
/// grace): the one place where impact
/// windows, grace, office hours, merging and periods come together.
public struct ExcusalEngine: Sendable {
    /// The norms to report on, and which services excuse them.
    public let catalogue: Catalogue
    /// Business days for grace and office hours; its clock also delimits the periods.
    public let calendar: BusinessCalendar
    let periods: PeriodCalendar
    /// Each norm's position in the catalogue, so the hot loops hash no norm keys: worked
    /// out once, as a site asks an engine about each of thousands of incidents.
    private let normPositions: [NormKey: Int]

    /// An engine for a catalogue (default: the built-in one of docs/excusal.md) and a business
    /// calendar (default: Dutch, Amsterdam).
    public init(catalogue: Catalogue = .standard, calendar: BusinessCalendar = BusinessCalendar()) {
        self.catalogue = catalogue
        self.calendar = calendar
        self.periods = PeriodCalendar(clock: calendar.clock)
        normPositions = Dictionary(catalogue.norms.enumerated().map { ($1.key, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Every norm of the catalogue with its merged excused windows and periods at
    /// `moment`, where ongoing windows end. `incidents` are as known at that moment
    /// (`Moment.known`): a resolution written later has not happened yet.
    ///
    /// Windows are not cut at the moment: a maintenance announced with a `scheduled:`
    /// range is excused ahead of time, as announced, and a closed window's grace runs on.
    public func report(for incidents: [Incident], at moment: Moment) -> ExcusalReport {
        ExcusalReport(moment: moment, clock: calendar.clock, norms: excusals(of: incidents, at: moment, keepingEmpty: true))
    }

    /// The report of incidents whose own excusals (`excusals(of:at:)`) are known
    /// already: their windows merged per norm, without working out grace and office hours
    /// again. `storingen serve` keeps each incident's excusals between rebuilds, so a
    /// rebuild after one edit merges instead of recomputing 10,000 incidents.
    public func report(mergingExcusalsOf incidents: [[NormExcusal]], at moment: Moment) -> ExcusalReport {
        let positions = normPositions
        var windowsByNorm = [[ExcusedWindow]](repeating: [], count: catalogue.norms.count)
        for excusals in incidents {
            for excusal in excusals {
                if let position = positions[excusal.norm.key] { windowsByNorm[position] += excusal.windows }
            }
        }
        let collected = windowsByNorm
        let norms = ConcurrentMap.map(catalogue.norms.count, concurrently: Self.isLarge(collected)) { position in
            let norm = catalogue.norms[position]
            let merged = ExcusedWindowMerger.merge(collected[position])
            return NormExcusal(norm: norm, windows: merged, periods: periods.excusal(of: merged.map(\.range), per: norm.period),
                               causes: ExcusalCauses(collected[position]))
        }
        return ExcusalReport(moment: moment, clock: calendar.clock, norms: norms)
    }

    /// Only the norms one incident excuses, with its own windows: what an incident page
    /// shows under "excused norms".
    public func excusals(of incident: Incident, at moment: Moment) -> [NormExcusal] {
        excusals(of: [incident], at: moment, keepingEmpty: false)
    }

    /// `excusals(of: incident, at: moment)`, given its excusals at an earlier moment:
    /// the periods before its windows changed are taken from those (`PeriodCalendar`).
    /// `storingen serve` asks at every minute for every incident still open.
    public func excusals(of incident: Incident, at moment: Moment, reusing earlier: [NormExcusal]) -> [NormExcusal] {
        excusals(of: [incident], at: moment, keepingEmpty: false, reusing: earlier)
    }

    /// Per catalogue norm, the merged windows of `incidents` and their periods. Norms
    /// without windows are left out unless `keepingEmpty`: a site asks this for every one
    /// of thousands of incidents, and the periods of a norm are the costly part.
    private func excusals(
        of incidents: [Incident], at moment: Moment, keepingEmpty: Bool, reusing earlier: [NormExcusal] = []
    ) -> [NormExcusal] {
        let windowsByNorm = windowsByNorm(of: incidents, at: moment)
        return ConcurrentMap.map(catalogue.norms.count, concurrently: Self.isLarge(windowsByNorm)) { position -> NormExcusal? in
            let norm = catalogue.norms[position]
            guard keepingEmpty || !windowsByNorm[position].isEmpty else { return nil }
            let merged = ExcusedWindowMerger.merge(windowsByNorm[position])
            let ranges = merged.map(\.range)
            let kept = earlier.first { $0.norm == norm }
            return NormExcusal(
                norm: norm, windows: merged,
                periods: kept.map { periods.excusal(of: ranges, per: norm.period, reusing: ($0.windows.map(\.range), $0.periods)) }
                    ?? periods.excusal(of: ranges, per: norm.period),
                causes: ExcusalCauses(windowsByNorm[position]))
        }.compactMap { $0 }
    }

    /// Per catalogue norm (by position), the unmerged excused windows of `incidents`, in
    /// their order. A whole corpus (`storingen excused`) is collected in chunks on every
    /// core, then joined in order, so the report is the same as one made incident by
    /// incident.
    private func windowsByNorm(of incidents: [Incident], at moment: Moment) -> [[ExcusedWindow]] {
        let positions = normPositions
        let chunkSize = 512
        let chunks = ConcurrentMap.map((incidents.count + chunkSize - 1) / chunkSize, concurrently: true) { chunk in
            var windowsByNorm = [[ExcusedWindow]](repeating: [], count: catalogue.norms.count)
            for incident in incidents[chunk * chunkSize..<min(incidents.count, (chunk + 1) * chunkSize)] {
                collectWindows(of: incident, at: moment, positions: positions, into: &windowsByNorm)
            }
            return windowsByNorm
        }
        guard chunks.count > 1 else { return chunks.first ?? Array(repeating: [], count: catalogue.norms.count) }
        return (0..<catalogue.norms.count).map { position in chunks.flatMap { $0[position] } }
    }

    /// Whether merging the norms' windows is worth spreading over the cores: for a corpus,
    /// not for the one incident a site asks about 10,000 times.
    private static func isLarge(_ windowsByNorm: [[ExcusedWindow]]) -> Bool {
        windowsByNorm.reduce(0) { $0 + $1.count } >= 1_024
    }

    /// Adds one incident's unmerged excused windows to the lists of the norms it excuses.
    private func collectWindows(
        of incident: Incident, at moment: Moment, positions: [NormKey: Int], into windowsByNorm: inout [[ExcusedWindow]]
    ) {
        let norms = catalogue.excusedNorms(for: incident)
        guard !norms.isEmpty else { return }
        let ids = [incident.id]
        for impact in incident.impactWindows {
            let range = impact.range(at: moment)
            // Norms share graces (three use one business day): compute each once.
            var ends: [(grace: Norm.Grace, end: Date)] = []
            for norm in norms {
                guard let position = positions[norm.key] else { continue }
                let pieces = excusedRanges(of: range, ongoing: impact.isOngoing, for: norm) { grace, end in
                    if let known = ends.first(where: { $0.grace == grace }) { return known.end }
                    let graced = calendar.applyingGrace(grace, to: end)
                    ends.append((grace, graced))
                    return graced
                }
                for piece in pieces {
                    windowsByNorm[position].append(ExcusedWindow(range: piece, incidents: ids, ongoing: impact.isOngoing))
                }
            }
        }
    }

    /// One impact window's excused time for `norm` (docs/excusal.md, The norms and their
    /// grace): grace after a closed end (an
    /// ongoing window gets none), then office hours where the norm asks for them. The
    /// engine and the explanations of `ExcusalExplainer` both derive windows here.
    func excusedRanges(
        of range: TimeRange, ongoing: Bool, for norm: Norm, graceEnd: (Norm.Grace, Date) -> Date
    ) -> [TimeRange] {
        let excused = ongoing ? range : TimeRange(start: range.start, end: graceEnd(norm.grace, range.end))
        return norm.officeHoursOnly ? calendar.officeHours(in: excused) : [excused]
    }
}
