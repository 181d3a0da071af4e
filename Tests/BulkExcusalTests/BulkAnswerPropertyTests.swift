import BulkExcusal
import Foundation
import IncidentModel
import PropertyBased
import ServiceNorms
import Testing

/// Generated rows through the whole bulk path (CSV in, CSV out) against the model's own
/// answer, `NormExcusal.excuse(at:)`: incidents' windows on a grid across the end of summer
/// time 2024, merged where they overlap, rows at every edge and a second either side, in
/// every row style; each row names the incidents whose own window covers it.
struct BulkAnswerPropertyTests {
    /// Saturday 26 October 2024 00:00 +02:00; the grid runs four days in 10-minute steps,
    /// across Sunday's fall-back hour.
    static let origin = instant("2024-10-26T00:00:00+02:00")
    static let step = 600

    static let windows = zip(Gen.int(in: 0...576), Gen.int(in: 1...60), Gen.int(in: 0...3)).map { start, length, incident in
        ExcusedWindow(
            range: TimeRange(start: origin.addingTimeInterval(TimeInterval(start * step)),
                             end: origin.addingTimeInterval(TimeInterval((start + length) * step))),
            incidents: [IncidentID("storing-\(incident)")])
    }.array(of: 0...12)

    /// Seconds from the origin of extra rows, and one style number per row.
    static let extraRows = Gen.int(in: -3_600...(640 * step)).array(of: 0...20)
    static let styles = Gen.int(in: 0...(RowStyle.allCases.count - 1)).array(of: 200)

    @Test("every row gets the answer of NormExcusal.excuse(at:)")
    func bulkAnswersMatchTheModel() async throws {
        await propertyCheck(count: 150, input: Self.windows, Self.extraRows, Self.styles) { windows, extra, styles in
            let excusal = NormExcusal(norm: Catalogue.standard.norms[0], windows: ExcusedWindowMerger.merge(windows), periods: [],
                                      causes: ExcusalCauses(windows))
            let report = ExcusalReport(moment: Moment(Self.origin), norms: [excusal])
            var instants = windows.flatMap { window in
                [window.range.start, window.range.end].flatMap { edge in [-1.0, 0, 1].map { edge.addingTimeInterval($0) } }
            }
            instants += extra.map { Self.origin.addingTimeInterval(TimeInterval($0)) }
            var input = "id,timestamp\n"
            for (number, instant) in instants.enumerated() {
                let style = RowStyle.allCases[styles[number % styles.count]]
                input += "\(number),\(style.write(instant) ?? RFC3339.string(from: instant))\n"
            }
            let check = BulkCheck(report: report, norm: .fixed(excusal.norm.key), inputName: "rows.csv")
            var output = InMemorySink()
            var diagnostics: [String] = []
            let summary = try check.run(input: InMemorySource(Array(input.utf8), chunkSize: 97), output: &output) {
                diagnostics.append($0.description)
            }
            #expect(diagnostics.isEmpty)
            #expect(summary == BulkCheck.Summary(rows: instants.count, unanswered: 0))
            let rows = String(decoding: output.bytes, as: UTF8.self).split(separator: "\n").dropFirst()
            #expect(rows.count == instants.count)
            for (row, instant) in zip(rows, instants) {
                let fields = row.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
                let expected = excusal.excuse(at: instant).map {
                    ["true", RFC3339.string(from: $0.range.start), RFC3339.string(from: $0.range.end),
                     $0.incidents.map(\.rawValue).joined(separator: ";")]
                } ?? ["false", "", "", ""]
                #expect(Array(fields.suffix(4)) == expected, "\(row) at \(RFC3339.string(from: instant))")
            }
        }
    }
}
