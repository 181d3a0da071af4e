import ArgumentParser
import Foundation

/// How the report is printed: a table for people, JSON for scripts.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json

    func render(_ report: BenchReport) throws -> String {
        switch self {
        case .text:
            return BenchTableRenderer.render(report)
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            return String(decoding: try encoder.encode(report), as: UTF8.self)
        }
    }
}
