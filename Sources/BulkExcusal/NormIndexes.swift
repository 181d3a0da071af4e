import ServiceNorms

/// Each norm's `NormWindowIndex`, built when a row first asks for that norm (a file judged
/// by one norm never pays for the others), and shared by the row answerer, which finds a
/// row's piece, and the row writer, which renders that piece's answer.
final class NormIndexes {
    private let report: ExcusalReport
    private var indexes: [NormWindowIndex?]

    init(report: ExcusalReport) {
        self.report = report
        indexes = Array(repeating: nil, count: report.norms.count)
    }

    /// The index of the norm at `position` in the report.
    subscript(position: Int) -> NormWindowIndex {
        if let index = indexes[position] { return index }
        let index = NormWindowIndex(report.norms[position])
        indexes[position] = index
        return index
    }
}
