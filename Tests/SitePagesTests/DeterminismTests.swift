import Foundation
import OutputEncoding
import ParallelWork
import SiteContent
import Testing

@testable import SitePages

/// The same snapshot gives the same files in the same order, byte for byte, however the
/// pages are scheduled.
@Suite struct DeterminismTests {
    @Test func renderingTwiceGivesIdenticalFiles() throws {
        let snapshot = FixtureSite.snapshot(try FixtureSite.incidents())
        let first = SitePages.render(snapshot, themeDirectory: nil)
        let second = SitePages.render(FixtureSite.snapshot(try FixtureSite.incidents()), themeDirectory: nil)
        #expect(first.files == second.files)
    }

    @Test func concurrentAndSequentialRenderingAgree() throws {
        let snapshot = FixtureSite.snapshot(try SyntheticCorpus.incidents(count: 300))
        let concurrent = SitePages.render(snapshot, themeDirectory: nil, concurrently: true)
        let sequential = SitePages.render(snapshot, themeDirectory: nil, concurrently: false)
        #expect(concurrent.files.count == sequential.files.count)
        #expect(concurrent.files.map(\.path) == sequential.files.map(\.path))
        #expect(concurrent.files == sequential.files)
    }

    @Test func concurrentMapKeepsIndexOrder() {
        let squares = ConcurrentMap.map(10_000, concurrently: true) { $0 * $0 }
        #expect(squares == (0..<10_000).map { $0 * $0 })
        #expect(ConcurrentMap.map(0, concurrently: true) { $0 }.isEmpty)
    }
}
