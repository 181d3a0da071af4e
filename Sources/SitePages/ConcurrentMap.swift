import Dispatch
import Foundation

/// `(0..<count).map(transform)` spread over the machine's cores, results in index order,
/// so parallel rendering gives the same output order (and bytes) as a sequential one.
enum ConcurrentMap {
    static func map<Result: Sendable>(
        _ count: Int, concurrently: Bool, _ transform: @Sendable (Int) -> Result
    ) -> [Result] {
        guard concurrently, count > 1 else { return (0..<count).map(transform) }
        let slots = ResultSlots<Result>(count: count)
        // Chunks of consecutive indices keep the scheduling overhead small for tiny pages.
        let chunkSize = max(1, count / (max(1, ProcessInfo.processInfo.activeProcessorCount) * 8))
        let chunks = (count + chunkSize - 1) / chunkSize
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let lower = chunk * chunkSize
            for index in lower..<min(count, lower + chunkSize) {
                slots.store(transform(index), at: index)
            }
        }
        return slots.results()
    }
}

/// Storage each index of a concurrent map writes exactly once; distinct indices never
/// overlap, which is what makes the unchecked `Sendable` sound.
private final class ResultSlots<Result: Sendable>: @unchecked Sendable {
    private let buffer: UnsafeMutableBufferPointer<Result?>

    init(count: Int) {
        buffer = .allocate(capacity: count)
        buffer.initialize(repeating: nil)
    }

    deinit {
        buffer.deinitialize()
        buffer.deallocate()
    }

    func store(_ result: Result, at index: Int) {
        buffer[index] = result
    }

    func results() -> [Result] {
        buffer.map { $0! }
    }
}
