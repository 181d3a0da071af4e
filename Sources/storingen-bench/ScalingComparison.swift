/// Per-incident cost of every CLI operation at a small and a large N, side by side.
enum ScalingComparison {
    static func rows(small: SessionReport, large: SessionReport) -> [ScalingRow] {
        large.rows.compactMap { largeRow in
            guard let smallRow = small.rows.first(where: { $0.operation == largeRow.operation }),
                  smallRow.perIncidentMicroseconds > 0 else { return nil }
            let ratio = largeRow.perIncidentMicroseconds / smallRow.perIncidentMicroseconds
            let isFloor = largeRow.operation.hasPrefix("floor")
            return ScalingRow(
                operation: largeRow.operation, smallIncidents: small.incidents, largeIncidents: large.incidents,
                smallPerIncidentMicroseconds: smallRow.perIncidentMicroseconds,
                largePerIncidentMicroseconds: largeRow.perIncidentMicroseconds, ratio: ratio,
                target: isFloor ? "" : "≤ \(IssueTargets.scalingRatioLimit)",
                verdict: isFloor ? "" : IssueTargets.scalingVerdict(ratio: ratio))
        }
    }
}
