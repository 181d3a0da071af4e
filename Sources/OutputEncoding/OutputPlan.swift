import Foundation
import IncidentModel
import ParallelWork

/// The files of a site as work still to be done: how many there are, and how to make
/// the one at a position. The write stage renders and writes each file in one pass,
/// so a site of 20,000 pages never has to sit in memory whole.
///
/// Making a file must be free of side effects: positions may be made in any order, on
/// any thread, and the same position always gives the same bytes.
public struct OutputPlan: Sendable {
    /// A plan of no files.
    public static let empty = OutputPlan(count: 0) { position in preconditionFailure("no file at \(position)") }

    public let count: Int
    private let make: @Sendable (Int) -> OutputFile
    /// The positions of each group of files made together (`group`): making one (a
    /// 15 MB sitemap, a feed) costs as much as hundreds of pages.
    public private(set) var groups: [Range<Int>] = []

    public init(count: Int, make: @escaping @Sendable (Int) -> OutputFile) {
        self.count = count
        self.make = make
    }

    /// Files already made, in their order.
    public init(_ files: [OutputFile]) {
        self.init(count: files.count) { files[$0] }
    }

    public func file(at position: Int) -> OutputFile {
        precondition(position >= 0 && position < count, "output position \(position) outside 0..<\(count)")
        return make(position)
    }

    /// Every file, made in parallel when `concurrently`, in plan order.
    public func files(concurrently: Bool = true) -> [OutputFile] {
        ConcurrentMap.map(count, concurrently: concurrently) { make($0) }
    }

    /// `body` with every position once, in no particular order, on every core when
    /// `concurrently`: each group as a task of its own and before the rest, so that at
    /// 10,000 incidents the sitemap is made beside the pages rather than by one core
    /// while the other waits (it made `serve`'s saves 60 ms slower). A group's files are
    /// visited together, so that they are let go as soon as they are written: visited in
    /// plan order, the sitemap and the feeds (36 MB at 10,000 incidents) waited for the
    /// end of the build and were most of its memory peak.
    public func forEachPosition(concurrently: Bool = true, _ body: @Sendable (Int) -> Void) {
        var inGroup = [Bool](repeating: false, count: count)
        for group in groups { for position in group { inGroup[position] = true } }
        let rest = (0..<count).filter { !inGroup[$0] }
        ConcurrentMap.forEach(runs: groups, then: rest, concurrently: concurrently, body)
    }

    /// The files of `first`, then those of `second`.
    public static func + (first: OutputPlan, second: OutputPlan) -> OutputPlan {
        OutputPlan(joining: [first, second])
    }

    /// The files of each plan in turn.
    public init(joining plans: [OutputPlan]) {
        var ends: [Int] = []
        var groups: [Range<Int>] = []
        var total = 0
        for plan in plans {
            groups += plan.groups.map { ($0.lowerBound + total)..<($0.upperBound + total) }
            total += plan.count
            ends.append(total)
        }
        self.init(count: total) { [ends] position in
            // The first plan that ends after `position` holds it.
            let low = Swift.min(ends.partitioningIndex { $0 > position }, ends.count - 1)
            return plans[low].make(position - (ends[low] - plans[low].count))
        }
        self.groups = groups
    }

    /// `count` files that are made together, such as the parts of a sitemap or a feed
    /// in two formats: `make` runs when the first of them is asked for, and must give
    /// exactly `count` files. They are let go once each was asked for (a write asks each
    /// position once; the sitemap of 10,000 incidents is 15 MB), and made again if asked
    /// for after that.
    public static func group(count: Int, make: @escaping @Sendable () -> [OutputFile]) -> OutputPlan {
        let group = MadeTogether(count: count, make: make)
        var plan = OutputPlan(count: count) { position in group.file(at: position) }
        plan.groups = count > 0 ? [0..<count] : []
        return plan
    }
}

/// The files of a group, made by the first thread that asks and shared with the others
/// until each of them was taken.
private final class MadeTogether: @unchecked Sendable {
    private let lock = NSLock()
    private let count: Int
    private let make: @Sendable () -> [OutputFile]
    private var files: [OutputFile]?
    private var untaken: Set<Int> = []

    init(count: Int, make: @escaping @Sendable () -> [OutputFile]) {
        self.count = count
        self.make = make
    }

    func file(at position: Int) -> OutputFile {
        lock.withLock {
            let files = self.files ?? make()
            precondition(files.count == count, "a group of \(count) files made \(files.count)")
            if self.files == nil { untaken = Set(0..<count) }
            untaken.remove(position)
            self.files = untaken.isEmpty ? nil : files
            return files[position]
        }
    }
}
