import Dispatch
import Foundation

/// `(0..<count).map(transform)` spread over the machine's cores, results in index order,
/// so parallel rendering gives the same output order (and bytes) as a sequential one.
public enum ConcurrentMap {
    public static func map<Result: Sendable>(
        _ count: Int, concurrently: Bool, _ transform: @Sendable (Int) -> Result
    ) -> [Result] {
        guard concurrently, count > 1 else { return (0..<count).map(transform) }
        let slots = ResultSlots<Result>(count: count)
        forEach(count, concurrently: true) { index in slots.store(transform(index), at: index) }
        return slots.results()
    }

    /// `for index in 0..<count { body(index) }` spread over the machine's cores, in no
    /// particular order: for work whose results go somewhere else (files written to disk).
    public static func forEach(_ count: Int, concurrently: Bool, _ body: @Sendable (Int) -> Void) {
        guard concurrently, count > 1 else { return (0..<count).forEach(body) }
        let chunkSize = chunkSize(for: count)
        DispatchQueue.concurrentPerform(iterations: (count + chunkSize - 1) / chunkSize) { chunk in
            let lower = chunk * chunkSize
            for index in lower..<min(count, lower + chunkSize) { body(index) }
        }
    }

    /// `body` for each of `indices` spread over the machine's cores: the first `leading`
    /// of them each a task of its own, handed out before any other, then the rest in
    /// chunks. For a few costly items among thousands of cheap ones (a sitemap among
    /// pages): started first, they run beside the cheap ones instead of keeping one core
    /// busy after the others are done.
    public static func forEach(_ indices: [Int], leading: Int, concurrently: Bool, _ body: @Sendable (Int) -> Void) {
        precondition(leading >= 0 && leading <= indices.count, "\(leading) leading indices of \(indices.count)")
        guard concurrently, indices.count > 1 else { return indices.forEach(body) }
        let rest = indices.count - leading
        let chunkSize = chunkSize(for: rest)
        // Dispatch hands out iterations in increasing order, so the leading ones go first.
        DispatchQueue.concurrentPerform(iterations: leading + (rest + chunkSize - 1) / chunkSize) { task in
            guard task >= leading else { return body(indices[task]) }
            let lower = leading + (task - leading) * chunkSize
            for index in lower..<min(indices.count, lower + chunkSize) { body(indices[index]) }
        }
    }

    /// Chunks of consecutive indices keep the scheduling overhead small for tiny items,
    /// while 64 chunks per core still even out runs of costly items: a site's plan lists
    /// its thousands of period pages together, and with 8 chunks per core the last of
    /// them kept one core busy for a second after the other had finished.
    private static func chunkSize(for count: Int) -> Int {
        max(1, count / (max(1, ProcessInfo.processInfo.activeProcessorCount) * 64))
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
