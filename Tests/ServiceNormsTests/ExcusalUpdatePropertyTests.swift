import Foundation
import IncidentModel
import PropertyBased
import ServiceNorms
import Testing

/// `storingen serve` updates the merged windows in place when incidents' excusals only
/// grow (an unresolved incident at a new minute, a new incident); these check that what
/// it gets is what merging everything again gives, on random windows of
/// `ExcusalPropertyTests`' grid.
@Suite("Updating merged windows, property-based")
struct ExcusalUpdatePropertyTests {
    typealias Grid = ExcusalPropertyTests

    @Test("merging pieces into merged windows equals merging everything")
    func mergeInto() async {
        await propertyCheck(count: 300, input: Grid.windows, Grid.windows) { parts, added in
            #expect(ExcusedWindowMerger.merge(added, into: ExcusedWindowMerger.merge(parts))
                == ExcusedWindowMerger.merge(parts + added))
        }
    }

    @Test("replacing causes equals gathering them anew, in any order")
    func replacingCauses() async {
        await propertyCheck(count: 300, input: Grid.windows, Grid.windows, Gen.int(in: 0...40)) { parts, added, kept in
            let gone = Array(parts.prefix(kept))
            let stay = Array(parts.dropFirst(kept))
            let replaced = ExcusalCauses(parts).replacing(gone, with: added)
            #expect(replaced == ExcusalCauses(added.reversed() + stay))
        }
    }

    /// The standard catalogue's first norm (weeks) and `returns` (months).
    static let norms = [Catalogue.standard.norms[0], Catalogue.standard.norms.first { $0.period == .month }!]

    /// Each incident's own excusals: per norm, its windows merged (sorted, disjoint),
    /// named after it alone, as the engine gives them.
    static func excusals(_ windows: [ExcusedWindow], incident: Int) -> [NormExcusal] {
        norms.enumerated().compactMap { slot, norm in
            let own = windows.enumerated().filter { $0.offset % 2 == slot }.map { entry in
                ExcusedWindow(range: entry.element.range, incidents: [IncidentID("incident-\(incident)")], ongoing: entry.element.ongoing)
            }
            let merged = ExcusedWindowMerger.merge(own)
            return merged.isEmpty ? nil : NormExcusal(norm: norm, windows: merged, periods: [])
        }
    }

    static let engine = ExcusalEngine(catalogue: Catalogue(services: Catalogue.standard.services, norms: norms))
    static let moment = Moment(Grid.gridInstant(Grid.gridSteps))

    @Test("an incident whose windows grow updates the report to the one merged anew")
    func growth() async {
        let input = zip(Grid.windows.array(of: 1...6), Gen.int(in: 0...5), Gen.int(in: 0...300), Grid.windows)
        await propertyCheck(count: 200, input: input) { incidents, pick, longer, extra in
            let before = incidents.enumerated().map { Self.excusals($1, incident: $0) }
            let changed = pick % incidents.count
            // Its last window runs longer (still ongoing), and it gains windows.
            var windows = incidents[changed]
            if let last = windows.indices.last {
                windows[last].range.end = windows[last].range.end.addingTimeInterval(TimeInterval(longer * Grid.stepSeconds))
                windows[last].ongoing = true
            }
            var after = before
            after[changed] = Self.excusals(windows + extra, incident: changed)
            let earlier = Self.engine.report(mergingExcusalsOf: before, at: Self.moment)
            let updated = Self.engine.report(
                updating: earlier, with: [.init(old: before[changed], new: after[changed])], at: Self.moment)
            #expect(updated == Self.engine.report(mergingExcusalsOf: after, at: Self.moment))
        }
    }

    @Test("a change that takes excused time away is refused, or gives the report merged anew")
    func anyChange() async {
        await propertyCheck(count: 200, input: Grid.windows.array(of: 1...6), Gen.int(in: 0...5), Grid.windows) { incidents, pick, replacement in
            let before = incidents.enumerated().map { Self.excusals($1, incident: $0) }
            let changed = pick % incidents.count
            var after = before
            after[changed] = Self.excusals(replacement, incident: changed)
            let earlier = Self.engine.report(mergingExcusalsOf: before, at: Self.moment)
            if let updated = Self.engine.report(
                updating: earlier, with: [.init(old: before[changed], new: after[changed])], at: Self.moment) {
                #expect(updated == Self.engine.report(mergingExcusalsOf: after, at: Self.moment))
            }
        }
    }
}
