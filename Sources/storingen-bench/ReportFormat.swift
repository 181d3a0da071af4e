import ArgumentParser
import Foundation
import OutputEncoding

/// How the report is printed: a table for people, JSON for scripts.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json

    func render(_ report: BenchReport) throws -> String {
        switch self {
        case .text:
            return BenchTableRenderer.render(report)
        case .json:
            return StableJSON.string(report)
        }
    }
}
