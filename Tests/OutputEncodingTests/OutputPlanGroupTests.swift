import Foundation
import Testing
import OutputEncoding

/// Files made together (a sitemap and its parts, a feed in two formats) are made once
/// per pass over the plan, and not held after every one of them was taken: the
/// sitemap of 10,000 incidents alone is 15 MB.
struct OutputPlanGroupTests {
    /// Counts how often a group's files were made, from any thread.
    final class Makes: @unchecked Sendable {
        private let lock = NSLock()
        private var count = 0
        var value: Int { lock.withLock { count } }
        func add() { lock.withLock { count += 1 } }
    }

    static func group(_ makes: Makes) -> OutputPlan {
        OutputPlan.group(count: 3) {
            makes.add()
            return (0..<3).map { OutputFile(path: "part-\($0).xml", mediaType: .xml, text: "<part n=\"\($0)\"/>") }
        }
    }

    @Test func eachPassMakesTheGroupOnceAndLetsItGoAfterItsLastFile() {
        let makes = Makes()
        let plan = Self.group(makes)
        let first = plan.files(concurrently: true)
        #expect(makes.value == 1, "every core asked, one made")
        #expect(first.map(\.path) == ["part-0.xml", "part-1.xml", "part-2.xml"])

        // All three were taken: the files are let go, and a second pass makes them again.
        let second = plan.files(concurrently: false)
        #expect(makes.value == 2)
        #expect(second == first)
    }

    @Test func aFileAskedForAgainBeforeTheOthersIsStillShared() {
        let makes = Makes()
        let plan = Self.group(makes)
        _ = plan.file(at: 1)
        _ = plan.file(at: 1)
        _ = plan.file(at: 0)
        #expect(makes.value == 1, "part 2 was not taken yet: the group is still held")
        _ = plan.file(at: 2)
        #expect(makes.value == 1)
        _ = plan.file(at: 0)
        #expect(makes.value == 2)
    }

    /// Records the positions a pass visits, from any thread.
    final class Visits: @unchecked Sendable {
        private let lock = NSLock()
        private var positions: [Int] = []
        var value: [Int] { lock.withLock { positions } }
        func add(_ position: Int) { lock.withLock { positions.append(position) } }
    }

    static func pages(_ count: Int) -> OutputPlan {
        OutputPlan(count: count) { OutputFile(path: "page-\($0).html", mediaType: .html, text: "") }
    }

    @Test func joinedPlansKnowWhereEachGroupIs() {
        let plan = Self.pages(3) + Self.group(Makes()) + Self.pages(1) + OutputPlan.group(count: 0) { [] } + Self.group(Makes())
        #expect(plan.count == 10)
        #expect(plan.groups == [3..<6, 7..<10])
        #expect(Self.pages(5).groups.isEmpty)
    }

    @Test(arguments: [false, true])
    func aPassVisitsEveryPositionOnceAndGroupsFirst(concurrently: Bool) {
        let plan = Self.pages(1_000) + Self.group(Makes()) + Self.pages(500) + Self.group(Makes())
        let visits = Visits()
        plan.forEachPosition(concurrently: concurrently) { visits.add($0) }
        #expect(visits.value.sorted() == Array(0..<plan.count))
        if !concurrently {
            #expect(Array(visits.value.prefix(6)) == [1_000, 1_001, 1_002, 1_503, 1_504, 1_505],
                    "each group is visited whole, before any page")
        }
    }
}
