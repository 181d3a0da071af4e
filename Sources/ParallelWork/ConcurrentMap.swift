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
        return slots.takeResults()
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

    /// `body` for each index of `runs` and of `rest` spread over the machine's cores: each
    /// run a task of its own, in increasing order, handed out before any other, then
    /// `rest` in chunks. For a few costly items among thousands of cheap ones (a sitemap among
    /// pages): started first, they run beside the cheap ones instead of keeping one core
    /// busy after the others are done.
    public static func forEach(runs: [Range<Int>], then rest: [Int], concurrently: Bool, _ body: @Sendable (Int) -> Void) {
        guard concurrently, runs.count + rest.count > 1 else {
            runs.forEach { $0.forEach(body) }
            return rest.forEach(body)
        }
        let leading = runs.count
        let chunkSize = chunkSize(for: rest.count)
        // Dispatch hands out iterations in increasing order, so the runs go first.
        DispatchQueue.concurrentPerform(iterations: leading + (rest.count + chunkSize - 1) / chunkSize) { task in
            guard task >= leading else { return runs[task].forEach(body) }
            let lower = (task - leading) * chunkSize
            for index in lower..<min(rest.count, lower + chunkSize) { body(rest[index]) }
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

    /// The results, moved out of the slots (once, after every index is stored): copying
    /// them retained every field of 10,000 parsed incidents, and freeing the slots then
    /// released each again.
    func takeResults() -> [Result] {
        Array(unsafeUninitializedCapacity: buffer.count) { results, initialized in
            for index in buffer.indices {
                (results.baseAddress! + index).initialize(to: buffer[index].take()!)
            }
            initialized = buffer.count
        }
    }
}
