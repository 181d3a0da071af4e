import Foundation

/// Generates the corpus a second time and demands the same files, byte for byte.
struct DeterminismCheck {
    let generator: CorpusGenerator

    func verify(against incidents: String, scratch: String) throws {
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        _ = try generator.write(into: scratch)
        if let difference = try CorpusFiles(root: incidents).firstDifference(from: CorpusFiles(root: scratch)) {
            throw BenchError.nondeterministicCorpus(difference)
        }
    }
}
