import Foundation
import IncidentModel
import PropertyBased
@testable import ServiceNorms
import Testing

/// A derivation's excused pieces are looked up by binary search (an office-hours
/// incident left open for years has one per business day). Whatever the pieces and the
/// range asked about, the answers must be those of going over every piece.
@Suite("Excused pieces of a derivation, property-based")
struct ImpactDerivationPiecesTests {
    static let origin = ExcusalPropertyTests.origin
    static let hour = 3_600

    /// (impact start, impact length, query start, query length) in hours from the origin:
    /// impacts up to two years long, queries from an instant to a quarter.
    static let cases = zip(
        Gen.int(in: 0...2_000), Gen.int(in: 0...17_520), Gen.int(in: -200...20_000), Gen.int(in: 0...2_200)
    )

    static func at(_ hours: Int) -> Date { origin.addingTimeInterval(TimeInterval(hours * hour)) }

    static func derivation(_ range: TimeRange, officeHours: Bool) -> ImpactDerivation {
        let window = SourcedImpactWindow(
            window: ImpactWindow(start: range.start, end: range.end), opening: .opened(range.start), closing: nil)
        return ImpactDerivation(
            incident: IncidentID("incident"), path: "incidents/incident.md", impact: window, impactRange: range,
            ongoing: false, grace: .none, graceEnd: nil, skipped: [], officeHoursOnly: officeHours,
            excused: officeHours ? BusinessCalendar().officeHours(in: range) : [range])
    }

    @Test("lookups give what going over every piece gives")
    func lookupsAgreeWithAWalk() async {
        await propertyCheck(count: 300, input: Self.cases) { start, length, queryStart, queryLength in
            let impact = TimeRange(start: Self.at(start), end: Self.at(start + length))
            let query = TimeRange(start: Self.at(queryStart), end: Self.at(queryStart + queryLength))
            for derivation in [Self.derivation(impact, officeHours: true), Self.derivation(impact, officeHours: false)] {
                let pieces = derivation.excused
                #expect(derivation.excused(overlapping: query) == pieces.filter { $0.intersection(query) != nil })
                #expect(derivation.hasExcusedTime(in: query) == pieces.contains { $0.intersection(query) != nil })
                #expect(derivation.hasExcusedPiece(within: query)
                            == pieces.contains { !$0.isEmpty && query.start <= $0.start && $0.end <= query.end })
            }
        }
    }

    /// Ranges that begin or end exactly at a piece's edge: the cases a binary search gets
    /// wrong by one.
    @Test("ranges on the edges of pieces")
    func rangesOnEdges() {
        let derivation = Self.derivation(TimeRange(start: Self.at(0), end: Self.at(24 * 30)), officeHours: true)
        let edges = derivation.excused.flatMap { [$0.start, $0.end] }
        for start in edges {
            for end in edges where end >= start {
                let query = TimeRange(start: start, end: end)
                #expect(derivation.excused(overlapping: query) == derivation.excused.filter { $0.intersection(query) != nil })
                #expect(derivation.hasExcusedPiece(within: query)
                            == derivation.excused.contains { !$0.isEmpty && query.start <= $0.start && $0.end <= query.end })
            }
        }
    }
}
